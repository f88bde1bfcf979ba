@REM Maven wrapper for Windows: runs the Maven version shipped in .mvn\wrapper (needs tar.exe, Windows 10+).
@echo off
setlocal
set MAVEN_VERSION=3.9.16
set BASE_DIR=%~dp0
if "%MAVEN_USER_HOME%"=="" set MAVEN_USER_HOME=%USERPROFILE%\.m2
set DIST_ROOT=%MAVEN_USER_HOME%\wrapper\dists
set MAVEN_HOME=%DIST_ROOT%\apache-maven-%MAVEN_VERSION%
if not exist "%MAVEN_HOME%\bin\mvn.cmd" (
  if not exist "%DIST_ROOT%" mkdir "%DIST_ROOT%"
  tar -xzf "%BASE_DIR%.mvn\wrapper\apache-maven-%MAVEN_VERSION%-bin.tar.gz" -C "%DIST_ROOT%"
)
set MAVEN_PROJECTBASEDIR=%BASE_DIR%
"%MAVEN_HOME%\bin\mvn.cmd" %*
