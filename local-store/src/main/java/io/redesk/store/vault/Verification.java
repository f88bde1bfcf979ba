package io.redesk.store.vault;

import io.redesk.store.RecordIntegrityException;
import io.redesk.store.doc.DocumentRepository;
import java.util.ArrayList;
import java.util.List;

/** Reads every record of the given repositories one by one and collects the ones that fail to authenticate. */
final class Verification {

    private Verification() {
    }

    static List<RecordIntegrityException> sweep(List<DocumentRepository<?>> repositories) {
        List<RecordIntegrityException> failures = new ArrayList<>();
        for (DocumentRepository<?> repo : repositories) {
            for (String id : repo.ids()) {
                try {
                    repo.find(id);
                } catch (RecordIntegrityException e) {
                    failures.add(e);
                }
            }
        }
        return failures;
    }
}
