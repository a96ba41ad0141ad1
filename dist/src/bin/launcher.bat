@echo off
rem Launcher of the quotekit distribution: runs lib\NAME.jar, where NAME is this script's own name
rem (bin\quotekit.bat runs lib\quotekit.jar), with the script's arguments. Java 17 or later: the
rem one in JAVA_HOME when set, else java on the PATH. As bin/quotekit does, it sends the JVM's
rem messages to standard error and passes the compiler directives of lib\NAME.jit.json when there
rem is one, then JAVA_OPTS, which wins; it makes no class-data sharing archive.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
set "JIT="
if exist "%APP_HOME%\lib\%~n0.jit.json" set JIT=-XX:+UnlockDiagnosticVMOptions "-XX:CompilerDirectivesFile=%APP_HOME%\lib\%~n0.jit.json" -XX:-DisplayVMOutput
"%JAVA%" -Xlog:disable -Xlog:all=warning:stderr %JIT% %JAVA_OPTS% -jar "%APP_HOME%\lib\%~n0.jar" %*
exit /b %ERRORLEVEL%
