package io.redesk.recon.imports;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import java.io.*;
import java.time.LocalDate;
/** Writes counterparty-statement.xlsx (run once; the file is committed): java SampleWorkbookWriter OUT.xlsx */
public final class SampleWorkbookWriter { public static void main(String[] a) throws Exception {
  try (OutputStream os = new FileOutputStream(a[0])) {
    Workbook wb = new Workbook(os, "ReDesk", "1.0");
    Worksheet ws = wb.newWorksheet("Statement of Account");
    ws.value(0,0,"Swiss Re Asia Pte. Ltd. — Statement of Account");
    ws.value(1,0,"Account of: Shanghai Pujiang Reinsurance Brokers Co., Ltd.   Period: 2026-Q3");
    String[] h = {"Item","Value Date","Contract (UMR)","Description","Debit","Credit","Ccy"};
    for (int i=0;i<h.length;i++) ws.value(3,i,h[i]);
    Object[][] rows = {
      {"SOA-Q3-001", LocalDate.of(2026,10,15), "UMR-B0007-26", "Premium 2026Q3, 20% share", 20000.00, null, "USD"},
      {"SOA-Q3-002", LocalDate.of(2026,10,15), "UMR-B0007-26", "Ceding commission", null, 6000.0, "USD"},
      {"SOA-Q3-003", LocalDate.of(2026,10,31), "CLM-2026-0011", "Claim paid 2026-10-31", null, 1234.56, "USD"},
      {"SOA-Q3-004", LocalDate.of(2026,11,2), "UMR-B0008-26", "Premium adjustment", "1,000.10", null, "USD"},
      {"SOA-Q3-005", LocalDate.of(2026,11,5), "UMR-B0009-26", "Reinstatement premium", 0.1 + 0.2, null, "USD"},
    };
    for (int r=0;r<rows.length;r++) {
      int row = r+4;
      for (int c=0;c<rows[r].length;c++) {
        Object v = rows[r][c];
        if (v == null) continue;
        if (v instanceof String s) ws.value(row,c,s);
        else if (v instanceof Double d) { ws.value(row,c,d); ws.style(row,c).format("#,##0.00").set(); }
        else if (v instanceof LocalDate d) { ws.value(row,c,d); ws.style(row,c).format("yyyy-mm-dd").set(); }
      }
    }
    ws.value(10,0,"SOA-Q3-006"); ws.value(10,1,LocalDate.of(2026,11,6)); ws.style(10,1).format("yyyy-mm-dd").set();
    ws.value(10,2,"UMR-B0009-26"); ws.value(10,3,"Three decimals"); ws.value(10,5,12.345); ws.value(10,6,"USD");
    ws.value(11,0,"SOA-Q3-007"); ws.value(11,1,"2026-11-07"); ws.value(11,2,"UMR-B0010-26"); ws.value(11,3,"Both sides");
    ws.value(11,4,5.0); ws.value(11,5,5.0); ws.value(11,6,"USD");
    wb.finish();
  }
}}
