@echo off
rem Launcher of the quotekit distribution: runs lib\NAME.jar, where NAME is this script's own name
rem (bin\quotekit.bat runs lib\quotekit.jar), with the script's arguments. Java 17 or later: the
rem one in JAVA_HOME when set, else java on the PATH. JAVA_OPTS passes options to it.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" %JAVA_OPTS% -jar "%APP_HOME%\lib\%~n0.jar" %*
exit /b %ERRORLEVEL%
