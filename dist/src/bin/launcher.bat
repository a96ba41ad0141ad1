@echo off
rem Launcher of the quotekit distribution: runs lib\NAME.jar, where NAME is this script's own name
rem (bin\quotekit.bat runs lib\quotekit.jar), with the script's arguments. Java 17 or later: the
rem one in JAVA_HOME when set, else java on the PATH. It passes the JVM options in lib\NAME.options
rem when there is one, then those in JAVA_OPTS, which win. No class-data sharing archive here: see
rem bin/quotekit.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
set "OPTIONS="
if exist "%APP_HOME%\lib\%~n0.options" set /p OPTIONS=<"%APP_HOME%\lib\%~n0.options"
rem The JVM's own messages go to standard error: standard output carries the results.
"%JAVA%" -Xlog:disable -Xlog:all=warning:stderr %OPTIONS% %JAVA_OPTS% -jar "%APP_HOME%\lib\%~n0.jar" %*
exit /b %ERRORLEVEL%
