<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgeBasisHelp</name>
    <message>
        <source>newest: the latest of mtime, atime and ctime, the safest choice</source>
        <translation>jüngster: der späteste Zeitstempel aus mtime, atime und ctime, die sicherste Wahl</translation>
    </message>
    <message>
        <source>mtime: when the contents were last written</source>
        <translation>mtime: wann der Inhalt zuletzt geschrieben wurde</translation>
    </message>
    <message>
        <source>atime: when it was last read (often updated at most once a day)</source>
        <translation>atime: wann es zuletzt gelesen wurde (oft höchstens einmal am Tag aktualisiert)</translation>
    </message>
    <message>
        <source>ctime: when its contents, owner, permissions or name last changed</source>
        <translation>ctime: wann sich Inhalt, Eigentümer, Berechtigungen oder Name zuletzt geändert haben</translation>
    </message>
</context>
<context>
    <name>AgeRule</name>
    <message>
        <source>the newest of access, modification and change time (for directories, the modification time)</source>
        <translation>dem jüngsten Zeitstempel aus Zugriffs-, Änderungs- und Statusänderungszeit (bei Verzeichnissen der Änderungszeit)</translation>
    </message>
    <message>
        <source>the modification time (mtime)</source>
        <translation>der Änderungszeit (mtime)</translation>
    </message>
    <message>
        <source>the access time (atime)</source>
        <translation>der Zugriffszeit (atime)</translation>
    </message>
    <message>
        <source>the status change time (ctime)</source>
        <translation>der Statusänderungszeit (ctime)</translation>
    </message>
    <message>
        <source>Measured from %1 of the newest entry anywhere inside, which is %2 old.</source>
        <translation>Gemessen ab %1 des jüngsten Eintrags darin (beliebig tief); Alter: %2.</translation>
    </message>
    <message>
        <source>Measured from %1, which is %2 old.</source>
        <translation>Gemessen ab %1; Alter: %2.</translation>
    </message>
    <message>
        <source>No age threshold is set, so nothing is stale.</source>
        <translation>Es ist kein Altersschwellwert gesetzt, daher ist nichts veraltet.</translation>
    </message>
    <message>
        <source>Stale: older than %1.</source>
        <translation>Veraltet: älter als %1.</translation>
    </message>
    <message>
        <source>Not stale: not older than %1.</source>
        <translation>Nicht veraltet: nicht älter als %1.</translation>
    </message>
    <message>
        <source>newest</source>
        <comment>timestamp basis: the newest of atime, mtime, ctime</comment>
        <translation>jüngster</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Files and directories from Python&apos;s tempfile module with its default prefix</source>
        <translation>Dateien und Verzeichnisse aus Pythons Modul tempfile mit dessen Standardpräfix</translation>
    </message>
    <message>
        <source>When no Python process of the owner runs; a file still open is kept by the in-use check.</source>
        <translation>Wenn kein Python-Prozess des Eigentümers läuft; eine noch geöffnete Datei behält die Benutzungsprüfung.</translation>
    </message>
    <message>
        <source>pytest&apos;s per-user base directory of test runs (the last three are kept)</source>
        <translation>Basisverzeichnis von pytest pro Benutzer für Testläufe (die letzten drei werden behalten)</translation>
    </message>
    <message>
        <source>When no pytest runs for its owner; pytest itself prunes all but the newest runs.</source>
        <translation>Wenn kein pytest für seinen Eigentümer läuft; pytest selbst entfernt alle außer den neuesten Läufen.</translation>
    </message>
    <message>
        <source>Matplotlib&apos;s font and config cache when its config directory is not writable</source>
        <translation>Schrift- und Konfigurationscache von Matplotlib, wenn sein Konfigurationsverzeichnis nicht beschreibbar ist</translation>
    </message>
    <message>
        <source>When no Python process of the owner runs; it is rebuilt on demand.</source>
        <translation>Wenn kein Python-Prozess des Eigentümers läuft; er wird bei Bedarf neu aufgebaut.</translation>
    </message>
    <message>
        <source>PyTorch Inductor&apos;s compiled-kernel cache</source>
        <translation>Cache kompilierter Kernel von PyTorch Inductor</translation>
    </message>
    <message>
        <source>Any time no PyTorch job runs; kernels are compiled again on the next run.</source>
        <translation>Jederzeit, wenn kein PyTorch-Job läuft; die Kernel werden beim nächsten Lauf neu kompiliert.</translation>
    </message>
    <message>
        <source>An R session&apos;s temporary directory (tempdir())</source>
        <translation>Temporäres Verzeichnis einer R-Sitzung (tempdir())</translation>
    </message>
    <message>
        <source>When no R session of the owner runs; R removes it when the session ends normally.</source>
        <translation>Wenn keine R-Sitzung des Eigentümers läuft; R entfernt es, wenn die Sitzung normal endet.</translation>
    </message>
    <message>
        <source>A file name reserved by Lua&apos;s os.tmpname()</source>
        <translation>Ein von os.tmpname() in Lua reservierter Dateiname</translation>
    </message>
    <message>
        <source>When no Lua interpreter of the owner runs.</source>
        <translation>Wenn kein Lua-Interpreter des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>A file or directory from mktemp(1) with its default template</source>
        <translation>Eine Datei oder ein Verzeichnis von mktemp(1) mit dessen Standardvorlage</translation>
    </message>
    <message>
        <source>When the script that made it has finished; which script that was cannot be told from the name.</source>
        <translation>Wenn das Skript, das es angelegt hat, beendet ist; welches Skript das war, lässt sich am Namen nicht erkennen.</translation>
    </message>
    <message>
        <source>A here-document&apos;s body, written by bash while a command reads it</source>
        <translation>Inhalt eines Here-Dokuments, von bash geschrieben, während ein Befehl ihn liest</translation>
    </message>
    <message>
        <source>When no bash of the owner runs; bash removes it once the command has read it.</source>
        <translation>Wenn keine bash des Eigentümers läuft; bash entfernt die Datei, sobald der Befehl sie gelesen hat.</translation>
    </message>
    <message>
        <source>A QTemporaryFile or QTemporaryDir with Qt&apos;s default template</source>
        <translation>Eine QTemporaryFile oder ein QTemporaryDir mit der Standardvorlage von Qt</translation>
    </message>
    <message>
        <source>When the application that made it has ended; the name does not say which one.</source>
        <translation>Wenn die Anwendung, die es angelegt hat, beendet ist; der Name verrät nicht, welche.</translation>
    </message>
    <message>
        <source>The lock file of a single-instance Qt application</source>
        <translation>Die Sperrdatei einer Qt-Anwendung, die nur einmal laufen darf</translation>
    </message>
    <message>
        <source>When the application is not running.</source>
        <translation>Wenn die Anwendung nicht läuft.</translation>
    </message>
    <message>
        <source>pip&apos;s build environments, unpacked archives and other scratch directories</source>
        <translation>Build-Umgebungen, entpackte Archive und andere Arbeitsverzeichnisse von pip</translation>
    </message>
    <message>
        <source>When no pip runs for its owner; pip removes them when it finishes normally.</source>
        <translation>Wenn kein pip für seinen Eigentümer läuft; pip entfernt sie, wenn es normal endet.</translation>
    </message>
    <message>
        <source>npm&apos;s per-run scratch directory; the number is the npm process id</source>
        <translation>Arbeitsverzeichnis von npm pro Lauf; die Zahl ist die Prozess-ID von npm</translation>
    </message>
    <message>
        <source>When the npm process named in it is gone.</source>
        <translation>Wenn der darin genannte npm-Prozess nicht mehr läuft.</translation>
    </message>
    <message>
        <source>Yarn (classic)&apos;s per-run scratch directory</source>
        <translation>Arbeitsverzeichnis von Yarn (classic) pro Lauf</translation>
    </message>
    <message>
        <source>When no yarn runs for its owner.</source>
        <translation>Wenn kein yarn für seinen Eigentümer läuft.</translation>
    </message>
    <message>
        <source>Yarn (berry)&apos;s temporary working directory</source>
        <translation>Temporäres Arbeitsverzeichnis von Yarn (berry)</translation>
    </message>
    <message>
        <source>pnpm&apos;s half-written file or directory; the number is the pnpm process id</source>
        <translation>Halb geschriebene Datei oder halb geschriebenes Verzeichnis von pnpm; die Zahl ist die Prozess-ID von pnpm</translation>
    </message>
    <message>
        <source>When the pnpm process named in it is gone.</source>
        <translation>Wenn der darin genannte pnpm-Prozess nicht mehr läuft.</translation>
    </message>
    <message>
        <source>v8-compile-cache&apos;s compiled-script cache; the number is the user id</source>
        <translation>Cache kompilierter Skripte von v8-compile-cache; die Zahl ist die Benutzer-ID</translation>
    </message>
    <message>
        <source>Any time no Node.js process of the owner runs; it is rebuilt on demand.</source>
        <translation>Jederzeit, wenn kein Node.js-Prozess des Eigentümers läuft; er wird bei Bedarf neu aufgebaut.</translation>
    </message>
    <message>
        <source>Node.js&apos;s module compile cache</source>
        <translation>Kompiliercache für Module von Node.js</translation>
    </message>
    <message>
        <source>tsx&apos;s TypeScript transform cache; the number is the user id</source>
        <translation>TypeScript-Transformationscache von tsx; die Zahl ist die Benutzer-ID</translation>
    </message>
    <message>
        <source>Any time no tsx runs for its owner; it is rebuilt on demand.</source>
        <translation>Jederzeit, wenn kein tsx für seinen Eigentümer läuft; er wird bei Bedarf neu aufgebaut.</translation>
    </message>
    <message>
        <source>jiti&apos;s transpiled-module cache (Nuxt, Tailwind, ESLint configs)</source>
        <translation>Cache transpilierter Module von jiti (Konfigurationen von Nuxt, Tailwind, ESLint)</translation>
    </message>
    <message>
        <source>The language server&apos;s request-cancellation files</source>
        <translation>Dateien des Sprachservers zum Abbrechen von Anfragen</translation>
    </message>
    <message>
        <source>When no editor with the Python language server runs for its owner.</source>
        <translation>Wenn kein Editor mit dem Python-Sprachserver für seinen Eigentümer läuft.</translation>
    </message>
    <message>
        <source>apt-key&apos;s throwaway GnuPG home</source>
        <translation>Wegwerf-GnuPG-Home-Verzeichnis von apt-key</translation>
    </message>
    <message>
        <source>When no apt-key or apt runs.</source>
        <translation>Wenn weder apt-key noch apt läuft.</translation>
    </message>
    <message>
        <source>A package apt hands to dpkg</source>
        <translation>Ein Paket, das apt an dpkg übergibt</translation>
    </message>
    <message>
        <source>When no apt or dpkg runs.</source>
        <translation>Wenn weder apt noch dpkg läuft.</translation>
    </message>
    <message>
        <source>The go command&apos;s build work directory</source>
        <translation>Build-Arbeitsverzeichnis des Befehls go</translation>
    </message>
    <message>
        <source>When no go command of the owner runs; go removes it unless -work was given.</source>
        <translation>Wenn kein go-Befehl des Eigentümers läuft; go entfernt es, sofern nicht -work angegeben wurde.</translation>
    </message>
    <message>
        <source>The Go linker&apos;s work directory</source>
        <translation>Arbeitsverzeichnis des Go-Linkers</translation>
    </message>
    <message>
        <source>When no go command or linker of the owner runs.</source>
        <translation>Wenn weder ein go-Befehl noch ein Linker des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>rustc&apos;s temporary directory for codegen and linking</source>
        <translation>Temporäres Verzeichnis von rustc für Codeerzeugung und Linken</translation>
    </message>
    <message>
        <source>When no rustc or cargo of the owner runs.</source>
        <translation>Wenn weder rustc noch cargo des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>cargo install&apos;s build directory</source>
        <translation>Build-Verzeichnis von cargo install</translation>
    </message>
    <message>
        <source>When no cargo of the owner runs.</source>
        <translation>Wenn kein cargo des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>GCC&apos;s intermediate assembly, object and response files</source>
        <translation>Assembler-Zwischendateien, Objekt- und Response-Dateien von GCC</translation>
    </message>
    <message>
        <source>When no compiler of the owner runs; the driver removes them after each step.</source>
        <translation>Wenn kein Compiler des Eigentümers läuft; der Compilertreiber entfernt sie nach jedem Schritt.</translation>
    </message>
    <message>
        <source>A CMake try_compile() scratch project</source>
        <translation>Ein Wegwerfprojekt von try_compile() in CMake</translation>
    </message>
    <message>
        <source>When no cmake of the owner runs.</source>
        <translation>Wenn kein cmake des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>ccache&apos;s captured output of the preprocessor or compiler</source>
        <translation>Von ccache aufgefangene Ausgabe des Präprozessors oder Compilers</translation>
    </message>
    <message>
        <source>When no ccache of the owner runs.</source>
        <translation>Wenn kein ccache des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>The Kotlin compile daemon&apos;s log</source>
        <translation>Protokoll des Kotlin-Kompilierdaemons</translation>
    </message>
    <message>
        <source>When no Kotlin daemon (java) of the owner runs.</source>
        <translation>Wenn kein Kotlin-Daemon (java) des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>HotSpot&apos;s per-user performance data; one file per running JVM, named by its process id</source>
        <translation>Leistungsdaten von HotSpot pro Benutzer; eine Datei je laufender JVM, benannt nach ihrer Prozess-ID</translation>
    </message>
    <message>
        <source>A file inside when its JVM is gone; the directory itself is reused by every JVM of the user.</source>
        <translation>Eine Datei darin, wenn ihre JVM nicht mehr läuft; das Verzeichnis selbst verwendet jede JVM des Benutzers wieder.</translation>
    </message>
    <message>
        <source>A JVM&apos;s attach socket; the number is the JVM&apos;s process id</source>
        <translation>Attach-Socket einer JVM; die Zahl ist die Prozess-ID der JVM</translation>
    </message>
    <message>
        <source>When the JVM named in it is gone.</source>
        <translation>Wenn die darin genannte JVM nicht mehr läuft.</translation>
    </message>
    <message>
        <source>Jetty&apos;s unpacked web application</source>
        <translation>Entpackte Webanwendung von Jetty</translation>
    </message>
    <message>
        <source>When no Java process of the owner runs; Jetty unpacks it again at start.</source>
        <translation>Wenn kein Java-Prozess des Eigentümers läuft; Jetty entpackt sie beim Start erneut.</translation>
    </message>
    <message>
        <source>Native libraries JNA unpacks for Java applications such as the JetBrains IDEs</source>
        <translation>Native Bibliotheken, die JNA für Java-Anwendungen wie die JetBrains-IDEs entpackt</translation>
    </message>
    <message>
        <source>When no Java application of the owner runs.</source>
        <translation>Wenn keine Java-Anwendung des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>A JetBrains IDE&apos;s temporary files (IDE system directory under temp)</source>
        <translation>Temporäre Dateien einer JetBrains-IDE (IDE-Systemverzeichnis unter temp)</translation>
    </message>
    <message>
        <source>When no JetBrains IDE of the owner runs.</source>
        <translation>Wenn keine JetBrains-IDE des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>A .NET process&apos;s diagnostics socket; the first number is its process id</source>
        <translation>Diagnose-Socket eines .NET-Prozesses; die erste Zahl ist seine Prozess-ID</translation>
    </message>
    <message>
        <source>When the process named in it is gone.</source>
        <translation>Wenn der darin genannte Prozess nicht mehr läuft.</translation>
    </message>
    <message>
        <source>A .NET process&apos;s debugger pipe; the first number is its process id</source>
        <translation>Debugger-Pipe eines .NET-Prozesses; die erste Zahl ist seine Prozess-ID</translation>
    </message>
    <message>
        <source>Chrome&apos;s temporary files (downloads in progress, shared memory)</source>
        <translation>Temporäre Dateien von Chrome (laufende Downloads, gemeinsamer Speicher)</translation>
    </message>
    <message>
        <source>When no Chrome of the owner runs.</source>
        <translation>Wenn kein Chrome des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>Chromium&apos;s or an Electron app&apos;s temporary files</source>
        <translation>Temporäre Dateien von Chromium oder einer Electron-App</translation>
    </message>
    <message>
        <source>When no Chromium-based program of the owner runs.</source>
        <translation>Wenn kein Chromium-basiertes Programm des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>A Chromium scoped temporary directory; the first number is the creating process id</source>
        <translation>Ein bereichsgebundenes temporäres Verzeichnis von Chromium; die erste Zahl ist die Prozess-ID des anlegenden Prozesses</translation>
    </message>
    <message>
        <source>Edge&apos;s temporary files</source>
        <translation>Temporäre Dateien von Edge</translation>
    </message>
    <message>
        <source>When no Edge of the owner runs.</source>
        <translation>Wenn kein Edge des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>Brave&apos;s temporary files</source>
        <translation>Temporäre Dateien von Brave</translation>
    </message>
    <message>
        <source>When no Brave of the owner runs.</source>
        <translation>Wenn kein Brave des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>A Firefox content process&apos;s temporary directory</source>
        <translation>Temporäres Verzeichnis eines Firefox-Inhaltsprozesses</translation>
    </message>
    <message>
        <source>When no Firefox of the owner runs.</source>
        <translation>Wenn kein Firefox des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>Mozilla&apos;s per-user temporary directory (downloads opened with an application)</source>
        <translation>Temporäres Verzeichnis von Mozilla pro Benutzer (mit einer Anwendung geöffnete Downloads)</translation>
    </message>
    <message>
        <source>When no Firefox or Thunderbird of the owner runs; opened downloads inside are lost.</source>
        <translation>Wenn weder Firefox noch Thunderbird des Eigentümers läuft; geöffnete Downloads darin gehen verloren.</translation>
    </message>
    <message>
        <source>A throwaway browser profile of a Puppeteer run</source>
        <translation>Ein Wegwerf-Browserprofil eines Puppeteer-Laufs</translation>
    </message>
    <message>
        <source>When no browser started by Puppeteer runs for its owner.</source>
        <translation>Wenn kein von Puppeteer gestarteter Browser für seinen Eigentümer läuft.</translation>
    </message>
    <message>
        <source>Playwright&apos;s traces, videos and downloads of a run</source>
        <translation>Traces, Videos und Downloads eines Playwright-Laufs</translation>
    </message>
    <message>
        <source>When no Playwright run of the owner is going on.</source>
        <translation>Wenn kein Playwright-Lauf des Eigentümers im Gange ist.</translation>
    </message>
    <message>
        <source>A throwaway browser profile of a Playwright run</source>
        <translation>Ein Wegwerf-Browserprofil eines Playwright-Laufs</translation>
    </message>
    <message>
        <source>When no browser started by Playwright runs for its owner.</source>
        <translation>Wenn kein von Playwright gestarteter Browser für seinen Eigentümer läuft.</translation>
    </message>
    <message>
        <source>The socket through which a VS Code window&apos;s terminals reach it</source>
        <translation>Der Socket, über den die Terminals eines VS-Code-Fensters dieses erreichen</translation>
    </message>
    <message>
        <source>When no VS Code of the owner runs.</source>
        <translation>Wenn kein VS Code des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>The socket VS Code&apos;s git extension answers credential requests on</source>
        <translation>Der Socket, auf dem die Git-Erweiterung von VS Code Anfragen nach Zugangsdaten beantwortet</translation>
    </message>
    <message>
        <source>The TypeScript server&apos;s working directory for VS Code</source>
        <translation>Arbeitsverzeichnis des TypeScript-Servers für VS Code</translation>
    </message>
    <message>
        <source>Vim&apos;s per-session temporary directory (filters, diffs)</source>
        <translation>Temporäres Verzeichnis von Vim pro Sitzung (Filter, Diffs)</translation>
    </message>
    <message>
        <source>When no Vim of the owner runs.</source>
        <translation>Wenn kein Vim des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>Neovim&apos;s per-user temporary directory</source>
        <translation>Temporäres Verzeichnis von Neovim pro Benutzer</translation>
    </message>
    <message>
        <source>When no Neovim of the owner runs.</source>
        <translation>Wenn kein Neovim des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>The Emacs server&apos;s socket directory; the number is the user id</source>
        <translation>Socket-Verzeichnis des Emacs-Servers; die Zahl ist die Benutzer-ID</translation>
    </message>
    <message>
        <source>When no Emacs of the owner runs.</source>
        <translation>Wenn kein Emacs des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>Midnight Commander&apos;s per-user temporary directory</source>
        <translation>Temporäres Verzeichnis von Midnight Commander pro Benutzer</translation>
    </message>
    <message>
        <source>When no mc of the owner runs.</source>
        <translation>Wenn kein mc des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>LibreOffice&apos;s per-process temporary directory</source>
        <translation>Temporäres Verzeichnis von LibreOffice pro Prozess</translation>
    </message>
    <message>
        <source>When no LibreOffice of the owner runs; unsaved recovery data is not kept here.</source>
        <translation>Wenn kein LibreOffice des Eigentümers läuft; ungespeicherte Wiederherstellungsdaten liegen nicht hier.</translation>
    </message>
    <message>
        <source>LibreOffice&apos;s single-instance pipe</source>
        <translation>Pipe von LibreOffice für den Einzelinstanzbetrieb</translation>
    </message>
    <message>
        <source>When no LibreOffice of the owner runs.</source>
        <translation>Wenn kein LibreOffice des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>LibreOffice&apos;s lock file of an open document</source>
        <translation>Sperrdatei von LibreOffice für ein geöffnetes Dokument</translation>
    </message>
    <message>
        <source>When the document is no longer open in LibreOffice.</source>
        <translation>Wenn das Dokument nicht mehr in LibreOffice geöffnet ist.</translation>
    </message>
    <message>
        <source>Office&apos;s owner file of an open document (who has it open)</source>
        <translation>Besitzerdatei von Office für ein geöffnetes Dokument (wer es geöffnet hat)</translation>
    </message>
    <message>
        <source>When the document is no longer open in Office.</source>
        <translation>Wenn das Dokument nicht mehr in Office geöffnet ist.</translation>
    </message>
    <message>
        <source>Office&apos;s temporary copy of a document being saved or previewed</source>
        <translation>Temporäre Kopie eines Dokuments, das Office gerade speichert oder in der Vorschau zeigt</translation>
    </message>
    <message>
        <source>When no Office application of the owner runs.</source>
        <translation>Wenn keine Office-Anwendung des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>Word&apos;s temporary file of a document being saved</source>
        <translation>Temporäre Datei von Word für ein Dokument, das gerade gespeichert wird</translation>
    </message>
    <message>
        <source>When Word is not running.</source>
        <translation>Wenn Word nicht läuft.</translation>
    </message>
    <message>
        <source>SQLite&apos;s temporary database (sorts, temporary tables)</source>
        <translation>Temporäre Datenbank von SQLite (Sortierungen, temporäre Tabellen)</translation>
    </message>
    <message>
        <source>When the program using SQLite has ended; the name does not say which one.</source>
        <translation>Wenn das Programm, das SQLite verwendet, beendet ist; der Name verrät nicht, welches.</translation>
    </message>
    <message>
        <source>A SQLite database&apos;s rollback journal</source>
        <translation>Rollback-Journal einer SQLite-Datenbank</translation>
    </message>
    <message>
        <source>Never on its own: it belongs to its database, which may still need it.</source>
        <translation>Nie für sich allein: Es gehört zu seiner Datenbank, die es noch brauchen kann.</translation>
    </message>
    <message>
        <source>A SQLite database&apos;s write-ahead log</source>
        <translation>Write-Ahead-Log einer SQLite-Datenbank</translation>
    </message>
    <message>
        <source>A SQLite database&apos;s write-ahead log index</source>
        <translation>Index des Write-Ahead-Logs einer SQLite-Datenbank</translation>
    </message>
    <message>
        <source>A service&apos;s private /tmp (PrivateTmp=); removed when the service stops</source>
        <translation>Privates /tmp eines Dienstes (PrivateTmp=); wird entfernt, wenn der Dienst stoppt</translation>
    </message>
    <message>
        <source>Never while the service runs; systemd removes it itself.</source>
        <translation>Nie, solange der Dienst läuft; systemd entfernt es selbst.</translation>
    </message>
    <message>
        <source>The private /tmp directories of snap applications</source>
        <translation>Die privaten /tmp-Verzeichnisse von Snap-Anwendungen</translation>
    </message>
    <message>
        <source>Never: snapd manages it.</source>
        <translation>Nie: snapd verwaltet es.</translation>
    </message>
    <message>
        <source>Flatpak&apos;s download and deploy cache</source>
        <translation>Download- und Bereitstellungscache von Flatpak</translation>
    </message>
    <message>
        <source>When no flatpak command runs.</source>
        <translation>Wenn kein flatpak-Befehl läuft.</translation>
    </message>
    <message>
        <source>The X servers&apos; display sockets (made at boot by systemd-tmpfiles)</source>
        <translation>Display-Sockets der X-Server (beim Systemstart von systemd-tmpfiles angelegt)</translation>
    </message>
    <message>
        <source>Never: X servers put their sockets here.</source>
        <translation>Nie: X-Server legen hier ihre Sockets ab.</translation>
    </message>
    <message>
        <source>An X server&apos;s display lock; it holds the server&apos;s process id</source>
        <translation>Display-Sperrdatei eines X-Servers; sie enthält die Prozess-ID des Servers</translation>
    </message>
    <message>
        <source>When the X server whose process id it holds is gone.</source>
        <translation>Wenn der X-Server, dessen Prozess-ID sie enthält, nicht mehr läuft.</translation>
    </message>
    <message>
        <source>Sockets of the X session manager protocol (ICE)</source>
        <translation>Sockets des X-Sitzungsverwaltungsprotokolls (ICE)</translation>
    </message>
    <message>
        <source>Never: session managers put their sockets here.</source>
        <translation>Nie: Sitzungsverwalter legen hier ihre Sockets ab.</translation>
    </message>
    <message>
        <source>Sockets of X input methods</source>
        <translation>Sockets der X-Eingabemethoden</translation>
    </message>
    <message>
        <source>Never: made at boot by systemd-tmpfiles.</source>
        <translation>Nie: beim Systemstart von systemd-tmpfiles angelegt.</translation>
    </message>
    <message>
        <source>Sockets of the X font server</source>
        <translation>Sockets des X-Schriftenservers</translation>
    </message>
    <message>
        <source>Sockets of X test servers</source>
        <translation>Sockets von X-Testservern</translation>
    </message>
    <message>
        <source>The X authority file startx makes for its server</source>
        <translation>Die X-Autorisierungsdatei, die startx für seinen Server anlegt</translation>
    </message>
    <message>
        <source>When no startx session of the owner runs.</source>
        <translation>Wenn keine startx-Sitzung des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>xvfb-run&apos;s authority directory</source>
        <translation>Autorisierungsverzeichnis von xvfb-run</translation>
    </message>
    <message>
        <source>When no xvfb-run of the owner runs.</source>
        <translation>Wenn kein xvfb-run des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>ssh-agent&apos;s socket directory (agent.&lt;pid&gt;: the process that started the agent)</source>
        <translation>Socket-Verzeichnis von ssh-agent (agent.&lt;pid&gt;: der Prozess, der den Agenten gestartet hat)</translation>
    </message>
    <message>
        <source>When no ssh-agent of the owner runs.</source>
        <translation>Wenn kein ssh-agent des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>tmux&apos;s server sockets; the number is the user id</source>
        <translation>Server-Sockets von tmux; die Zahl ist die Benutzer-ID</translation>
    </message>
    <message>
        <source>When no tmux server of the owner runs; removing it while one runs cuts clients off their sessions.</source>
        <translation>Wenn kein tmux-Server des Eigentümers läuft; wird es entfernt, während einer läuft, verlieren Clients die Verbindung zu ihren Sitzungen.</translation>
    </message>
    <message>
        <source>GNU Screen&apos;s session sockets</source>
        <translation>Sitzungs-Sockets von GNU Screen</translation>
    </message>
    <message>
        <source>When no screen of any user runs.</source>
        <translation>Wenn kein screen irgendeines Benutzers läuft.</translation>
    </message>
    <message>
        <source>A Kerberos ticket cache; the number is the user id</source>
        <translation>Ein Kerberos-Ticketcache; die Zahl ist die Benutzer-ID</translation>
    </message>
    <message>
        <source>When the tickets have expired or the user has logged out; kdestroy removes it.</source>
        <translation>Wenn die Tickets abgelaufen sind oder der Benutzer sich abgemeldet hat; kdestroy entfernt ihn.</translation>
    </message>
    <message>
        <source>A D-Bus session bus&apos;s socket directory</source>
        <translation>Socket-Verzeichnis eines D-Bus-Sitzungsbusses</translation>
    </message>
    <message>
        <source>When no D-Bus daemon of the owner runs.</source>
        <translation>Wenn kein D-Bus-Daemon des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>PulseAudio&apos;s runtime directory when XDG_RUNTIME_DIR is not set</source>
        <translation>Laufzeitverzeichnis von PulseAudio, wenn XDG_RUNTIME_DIR nicht gesetzt ist</translation>
    </message>
    <message>
        <source>When no sound server of the owner runs.</source>
        <translation>Wenn kein Soundserver des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>PipeWire&apos;s socket and lock</source>
        <translation>Socket und Sperrdatei von PipeWire</translation>
    </message>
    <message>
        <source>When no PipeWire of the owner runs.</source>
        <translation>Wenn kein PipeWire des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>wineserver&apos;s socket directory; the number is the user id</source>
        <translation>Socket-Verzeichnis von wineserver; die Zahl ist die Benutzer-ID</translation>
    </message>
    <message>
        <source>When no wineserver of the owner runs.</source>
        <translation>Wenn kein wineserver des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>Podman&apos;s runtime directory; the number is the user id</source>
        <translation>Laufzeitverzeichnis von Podman; die Zahl ist die Benutzer-ID</translation>
    </message>
    <message>
        <source>When no podman or container of the owner runs.</source>
        <translation>Wenn weder podman noch ein Container des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>A stand-in runtime directory made when XDG_RUNTIME_DIR is not set</source>
        <translation>Ein Ersatz-Laufzeitverzeichnis, angelegt, wenn XDG_RUNTIME_DIR nicht gesetzt ist</translation>
    </message>
    <message>
        <source>When the user&apos;s session has ended.</source>
        <translation>Wenn die Sitzung des Benutzers beendet ist.</translation>
    </message>
    <message>
        <source>Tracker&apos;s list of files being extracted; the number is the user id</source>
        <translation>Liste der Dateien, die Tracker gerade ausliest; die Zahl ist die Benutzer-ID</translation>
    </message>
    <message>
        <source>When no Tracker miner of the owner runs.</source>
        <translation>Wenn kein Tracker-Miner des Eigentümers läuft.</translation>
    </message>
    <message>
        <source>A PHP session&apos;s stored data</source>
        <translation>Gespeicherte Daten einer PHP-Sitzung</translation>
    </message>
    <message>
        <source>After the session has expired (session.gc_maxlifetime); PHP&apos;s own collector removes it.</source>
        <translation>Nachdem die Sitzung abgelaufen ist (session.gc_maxlifetime); die eigene Speicherbereinigung von PHP entfernt sie.</translation>
    </message>
    <message>
        <source>A file being uploaded to a PHP script</source>
        <translation>Eine Datei, die gerade an ein PHP-Skript hochgeladen wird</translation>
    </message>
    <message>
        <source>When no PHP process runs; PHP removes it when the request ends.</source>
        <translation>Wenn kein PHP-Prozess läuft; PHP entfernt sie, wenn die Anfrage endet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>„%1“ muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of non-empty strings</source>
        <translation>„%1“ muss eine Liste nicht leerer Zeichenketten sein</translation>
    </message>
    <message>
        <source>bad regular expression &quot;%1&quot;: %2</source>
        <translation>ungültiger regulärer Ausdruck „%1“: %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;program&quot; are required</source>
        <translation>&quot;id&quot; und &quot;program&quot; sind erforderlich</translation>
    </message>
    <message>
        <source>give &quot;match&quot; (regular expressions) or &quot;globs&quot;</source>
        <translation>&quot;match&quot; (reguläre Ausdrücke) oder &quot;globs&quot; angeben</translation>
    </message>
    <message>
        <source>glob &quot;%1&quot;: %2</source>
        <translation>Glob „%1“: %2</translation>
    </message>
    <message>
        <source>&quot;pid&quot;.&quot;from&quot; must be &quot;name&quot;, &quot;content&quot; or &quot;children&quot;</source>
        <translation>&quot;pid&quot;.&quot;from&quot; muss &quot;name&quot;, &quot;content&quot; oder &quot;children&quot; sein</translation>
    </message>
    <message>
        <source>&quot;pid&quot;.&quot;regex&quot; needs a group that captures the pid</source>
        <translation>&quot;pid&quot;.&quot;regex&quot; braucht eine Gruppe, die die PID erfasst</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected an object with an &quot;entries&quot; list</source>
        <translation>ein Objekt mit einer Liste &quot;entries&quot; erwartet</translation>
    </message>
    <message>
        <source>an entry must be an object</source>
        <translation>ein Eintrag muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>die ID wird doppelt verwendet</translation>
    </message>
    <message>
        <source>entry %1 (%2): %3</source>
        <translation>Eintrag %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: larger than 1 MiB; left out</source>
        <translation>%1: größer als 1 MiB; ausgelassen</translation>
    </message>
    <message>
        <source>%1: %2; left out</source>
        <translation>%1: %2; ausgelassen</translation>
    </message>
</context>
<context>
    <name>CleanupExecutor</name>
    <message>
        <source>kept %1 entries inside: %2</source>
        <translation>%1 Einträge darin behalten: %2</translation>
    </message>
    <message>
        <source>not moved to trash: %1</source>
        <translation>nicht in den Papierkorb verschoben: %1</translation>
    </message>
    <message>
        <source>would move to trash</source>
        <translation>würde in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>cannot open the root %1: %2</source>
        <translation>Der Stammordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the root %1 was replaced since the preview</source>
        <translation>Der Stammordner %1 wurde seit der Vorschau ersetzt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the root %1 was replaced during the run</source>
        <translation>Der Stammordner %1 wurde während des Laufs ersetzt</translation>
    </message>
    <message>
        <source>already gone: removed by someone else</source>
        <translation>bereits weg: von jemand anderem entfernt</translation>
    </message>
    <message>
        <source>%1 (after removing %2 entries inside, %3)</source>
        <translation>%1 (nachdem %2 Einträge darin entfernt wurden, %3)</translation>
    </message>
    <message>
        <source>%1 files have other hard links: their space is not freed</source>
        <translation>%1 Dateien haben weitere harte Links: ihr Platz wird nicht frei</translation>
    </message>
    <message>
        <source>the root %1 is on a read-only file system: nothing in it can be removed</source>
        <translation>der Stammordner %1 liegt auf einem schreibgeschützten Dateisystem: darin kann nichts entfernt werden</translation>
    </message>
    <message>
        <source>the root %1 became read-only during the run</source>
        <translation>der Stammordner %1 wurde während des Laufs schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>CleanupPlan</name>
    <message>
        <source>in use by PID %1 (%2)</source>
        <translation>in Benutzung durch PID %1 (%2)</translation>
    </message>
    <message>
        <source>not yours (owner %1)</source>
        <translation>gehört nicht Ihnen (Eigentümer %1)</translation>
    </message>
    <message>
        <source>not selected by any rule</source>
        <translation>von keiner Regel erfasst</translation>
    </message>
    <message>
        <source>special file (%1): never removed</source>
        <translation>Spezialdatei (%1): wird nie entfernt</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>another filesystem (mount point)</source>
        <translation>anderes Dateisystem (Einhängepunkt)</translation>
    </message>
    <message>
        <source>not fully readable (%1 errors during the scan)</source>
        <translation>nicht vollständig lesbar (%1 Fehler beim Einlesen)</translation>
    </message>
    <message>
        <source>too new (%1 old, rule: older than %2)</source>
        <translation>zu neu (%1 alt, Regel: älter als %2)</translation>
    </message>
    <message>
        <source>could not be read completely</source>
        <translation>konnte nicht vollständig gelesen werden</translation>
    </message>
    <message>
        <source>the rule&apos;s age (%1) reaches back before 1970: nothing is that old</source>
        <translation>das Alter der Regel (%1) reicht vor 1970 zurück: nichts ist so alt</translation>
    </message>
</context>
<context>
    <name>CleanupRule</name>
    <message>
        <source>%1 older than %2 by %3</source>
        <translation>%1 älter als %2 nach %3</translation>
    </message>
    <message>
        <source>, per file</source>
        <translation>, pro Datei</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>empty duration (use e.g. 7d, 12h or 1d12h)</source>
        <translation>leere Dauer (z. B. 7d, 12h oder 1d12h angeben)</translation>
    </message>
    <message>
        <source>negative duration &quot;%1&quot;</source>
        <translation>negative Dauer „%1“</translation>
    </message>
    <message>
        <source>duration &quot;%1&quot; is too large</source>
        <translation>Dauer „%1“ ist zu groß</translation>
    </message>
    <message>
        <source>bad duration &quot;%1&quot;: expected a number at &quot;%2&quot;</source>
        <translation>ungültige Dauer „%1“: Zahl erwartet bei „%2“</translation>
    </message>
    <message>
        <source>bad duration &quot;%1&quot;: missing unit after %2 (s, m, h, d or w)</source>
        <translation>ungültige Dauer „%1“: Einheit fehlt nach %2 (s, m, h, d oder w)</translation>
    </message>
    <message>
        <source>bad duration &quot;%1&quot;: unknown unit &quot;%2&quot; (use s, m, h, d or w)</source>
        <translation>ungültige Dauer „%1“: unbekannte Einheit „%2“ (s, m, h, d oder w verwenden)</translation>
    </message>
    <message>
        <source>bad duration &quot;%1&quot;: unit &quot;%2&quot; given twice</source>
        <translation>ungültige Dauer „%1“: Einheit „%2“ doppelt angegeben</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 w</source>
        <translation>%1 Wo.</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 J.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>an age of zero would make everything stale (use e.g. 1h or 7d)</source>
        <translation>ein Alter von null würde alles veralten lassen (z.&#xa0;B. 1h oder 7d verwenden)</translation>
    </message>
    <message>
        <source>age &quot;%1&quot; reaches back before 1970: nothing could be that old</source>
        <translation>das Alter „%1“ reicht vor 1970 zurück: nichts kann so alt sein</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>the history database %1 is locked by another program (waited %2 s)</source>
        <translation>die Verlaufsdatenbank %1 ist von einem anderen Programm gesperrt (%2 s gewartet)</translation>
    </message>
    <message>
        <source>the history database %1 is corrupt: %2</source>
        <translation>die Verlaufsdatenbank %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (corrupt, or another kind of file)</source>
        <translation>%1 ist keine SQLite-Datenbank (beschädigt oder eine andere Art von Datei)</translation>
    </message>
    <message>
        <source>cannot write the history database %1: the disk is full</source>
        <translation>die Verlaufsdatenbank %1 kann nicht geschrieben werden: der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the history database %1: %2</source>
        <translation>die Verlaufsdatenbank %1: %2</translation>
    </message>
    <message>
        <source>the history database %1 was written by a newer Tempscope (schema version %2; this version knows up to %3)</source>
        <translation>die Verlaufsdatenbank %1 wurde von einem neueren Tempscope geschrieben (Schemaversion %2; diese Version kennt bis %3)</translation>
    </message>
    <message>
        <source>%1 is not a Tempscope history database (another program&apos;s SQLite file)</source>
        <translation>%1 ist keine Verlaufsdatenbank von Tempscope (SQLite-Datei eines anderen Programms)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to nothing</source>
        <translation>%1 ist eine symbolische Verknüpfung ins Leere</translation>
    </message>
    <message>
        <source>there is no history database at %1 (tempscope-cli snapshot makes one)</source>
        <translation>unter %1 gibt es keine Verlaufsdatenbank (tempscope-cli snapshot legt eine an)</translation>
    </message>
    <message>
        <source>cannot create the history database %1: the directory %2 does not exist</source>
        <translation>die Verlaufsdatenbank %1 kann nicht angelegt werden: das Verzeichnis %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot create the history database %1: permission denied</source>
        <translation>die Verlaufsdatenbank %1 kann nicht angelegt werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>the history database %1 is not a regular file</source>
        <translation>die Verlaufsdatenbank %1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read the history database %1: permission denied</source>
        <translation>die Verlaufsdatenbank %1 kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot write the history database %1: permission denied</source>
        <translation>die Verlaufsdatenbank %1 kann nicht geschrieben werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>no history database path given</source>
        <translation>kein Pfad für die Verlaufsdatenbank angegeben</translation>
    </message>
    <message>
        <source>cannot update the history database %1: %2</source>
        <translation>die Verlaufsdatenbank %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>the history database %1 was opened for reading</source>
        <translation>die Verlaufsdatenbank %1 wurde nur zum Lesen geöffnet</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 h</translation>
    </message>
    <message>
        <source>1 h – 1 d</source>
        <translation>1 h – 1 Tg.</translation>
    </message>
    <message>
        <source>1 – 7 d</source>
        <translation>1 – 7 Tg.</translation>
    </message>
    <message>
        <source>1 – 4 w</source>
        <translation>1 – 4 Wo.</translation>
    </message>
    <message>
        <source>1 – 3 months</source>
        <translation>1 – 3 Monate</translation>
    </message>
    <message>
        <source>3 – 12 months</source>
        <translation>3 – 12 Monate</translation>
    </message>
    <message>
        <source>&gt; 1 year</source>
        <translation>&gt; 1 Jahr</translation>
    </message>
</context>
<context>
    <name>ItemStates</name>
    <message>
        <source>PID %1 (%2)</source>
        <translation>PID %1 (%2)</translation>
    </message>
    <message>
        <source>%1, fd %2</source>
        <translation>%1, fd %2</translation>
    </message>
    <message>
        <source>%1, mapped into memory</source>
        <translation>%1, in den Speicher eingeblendet</translation>
    </message>
    <message>
        <source>%1, working directory</source>
        <translation>%1, Arbeitsverzeichnis</translation>
    </message>
</context>
<context>
    <name>LowSpaceAlert</name>
    <message>
        <source>%1 (%2 free, %3 %)</source>
        <translation>%1 (%2 frei, %3 %)</translation>
    </message>
    <message>
        <source>Temp space is running out</source>
        <translation>Der temporäre Speicherplatz wird knapp</translation>
    </message>
    <message>
        <source>Low free space: %1.</source>
        <translation>Wenig freier Speicherplatz: %1.</translation>
    </message>
    <message>
        <source>Fastest growing there: %1 in %2, +%3 a day.</source>
        <translation>Am schnellsten wächst dort: %1 in %2, +%3 pro Tag.</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
</context>
<context>
    <name>OrphanCleanup</name>
    <message>
        <source>not judged: the scan changed</source>
        <translation>nicht beurteilt: Das Einlesen hat sich geändert</translation>
    </message>
    <message>
        <source>not an orphan (%1): %2</source>
        <translation>nicht verwaist (%1): %2</translation>
    </message>
    <message>
        <source>not judged: not an item of the scan</source>
        <translation>nicht beurteilt: kein Element des Einlesens</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>This name holds invisible or direction-changing characters, shown as \uXXXX. Copying the path copies the real name.</source>
        <translation>Dieser Name enthält unsichtbare oder die Schreibrichtung ändernde Zeichen, angezeigt als \uXXXX. Beim Kopieren des Pfads wird der echte Name kopiert.</translation>
    </message>
</context>
<context>
    <name>Protections</name>
    <message>
        <source>protected: the root itself</source>
        <translation>geschützt: der Stammordner selbst</translation>
    </message>
    <message>
        <source>protected: %1 (%2)</source>
        <translation>geschützt: %1 (%2)</translation>
    </message>
    <message>
        <source>protected: %1</source>
        <translation>geschützt: %1</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>X11 display lock files</source>
        <translation>Sperrdateien von X11-Displays</translation>
    </message>
    <message>
        <source>X11 display sockets</source>
        <translation>Sockets von X11-Displays</translation>
    </message>
    <message>
        <source>ICE session sockets</source>
        <translation>Sockets von ICE-Sitzungen</translation>
    </message>
    <message>
        <source>font server sockets</source>
        <translation>Sockets des Schriftenservers</translation>
    </message>
    <message>
        <source>X input method sockets</source>
        <translation>Sockets der X-Eingabemethode</translation>
    </message>
    <message>
        <source>private temp directories of running services</source>
        <translation>private temporäre Verzeichnisse laufender Dienste</translation>
    </message>
    <message>
        <source>trash directories of this file system</source>
        <translation>Papierkorb-Ordner dieses Dateisystems</translation>
    </message>
</context>
<context>
    <name>RootGuard</name>
    <message>
        <source>refusing an empty root</source>
        <translation>Leerer Stammordner wird abgelehnt</translation>
    </message>
    <message>
        <source>root %1 does not exist</source>
        <translation>Stammordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>root %1 is not a directory</source>
        <translation>Stammordner %1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>refusing to clean %1: it is the file system root</source>
        <translation>%1 wird nicht bereinigt: Es ist die Wurzel des Dateisystems</translation>
    </message>
    <message>
        <source>refusing to clean %1: it is the home directory %2</source>
        <translation>%1 wird nicht bereinigt: Es ist der persönliche Ordner %2</translation>
    </message>
    <message>
        <source>refusing to clean %1: it contains the home directory %2</source>
        <translation>%1 wird nicht bereinigt: Es enthält den persönlichen Ordner %2</translation>
    </message>
    <message>
        <source>refusing to clean %1: it is the system directory %2</source>
        <translation>%1 wird nicht bereinigt: Es ist der Systemordner %2</translation>
    </message>
    <message>
        <source>refusing to clean %1: it contains the system directory %2</source>
        <translation>%1 wird nicht bereinigt: Er enthält den Systemordner %2</translation>
    </message>
    <message>
        <source>cannot open the root %1: %2</source>
        <translation>Der Stammordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ScheduleSetup</name>
    <message>
        <source>the interval must be at least %1, not %2</source>
        <translation>das Intervall muss mindestens %1 betragen, nicht %2</translation>
    </message>
    <message>
        <source>no saved cleanup profile &quot;%1&quot; (%2)</source>
        <translation>kein gespeichertes Bereinigungsprofil „%1“ (%2)</translation>
    </message>
    <message>
        <source>none is saved: save one in the cleanup wizard of the desktop app</source>
        <translation>keines ist gespeichert: Speichern Sie eines im Bereinigungsassistenten der Desktop-Anwendung</translation>
    </message>
    <message>
        <source>saved: %1</source>
        <translation>gespeichert: %1</translation>
    </message>
    <message>
        <source>systemctl cannot be run (is systemd installed?)</source>
        <translation>systemctl kann nicht ausgeführt werden (ist systemd installiert?)</translation>
    </message>
    <message>
        <source>systemctl did not finish within 30 seconds</source>
        <translation>systemctl wurde nicht innerhalb von 30 Sekunden fertig</translation>
    </message>
    <message>
        <source>systemctl failed</source>
        <translation>systemctl ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the units are written, but systemctl --user could not enable them (%1); enable them with: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %2</source>
        <translation>die Units sind geschrieben, aber systemctl --user konnte sie nicht aktivieren (%1); aktivieren Sie sie mit: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>ScratchRoots</name>
    <message>
        <source>No directory given.</source>
        <translation>Kein Verzeichnis angegeben.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>%1 cannot be resolved.</source>
        <translation>%1 kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>%1 is already a scratch root.</source>
        <translation>%1 ist bereits ein Ort für temporäre Dateien.</translation>
    </message>
    <message>
        <source>it is now a symbolic link to %1</source>
        <translation>es ist jetzt eine symbolische Verknüpfung auf %1</translation>
    </message>
    <message>
        <source>it is no longer a directory</source>
        <translation>es ist kein Ordner mehr</translation>
    </message>
    <message>
        <source>a directory above it is now a symbolic link: it leads to %1</source>
        <translation>ein Ordner darüber ist jetzt eine symbolische Verknüpfung: er führt zu %1</translation>
    </message>
    <message>
        <source>it now belongs to %1, not to %2</source>
        <translation>es gehört jetzt %1, nicht %2</translation>
    </message>
    <message>
        <source>it is another directory than the one saved (removed and made again since)</source>
        <translation>es ist ein anderer Ordner als der gespeicherte (seitdem entfernt und neu angelegt)</translation>
    </message>
    <message>
        <source>it belongs to %1, not to you</source>
        <translation>es gehört %1, nicht Ihnen</translation>
    </message>
    <message>
        <source>secondary temp directory</source>
        <translation>weiterer Temp-Ordner</translation>
    </message>
    <message>
        <source>your cache directory</source>
        <translation>Ihr Cache-Ordner</translation>
    </message>
    <message>
        <source>%1 is not a saved location.</source>
        <translation>%1 ist kein gespeicherter Ort.</translation>
    </message>
    <message>
        <source>%1 is now a symbolic link to %2; add %2 itself if you mean it.</source>
        <translation>%1 ist jetzt eine symbolische Verknüpfung auf %2; fügen Sie %2 selbst hinzu, wenn Sie das meinen.</translation>
    </message>
    <message>
        <source>%1 is no longer a directory.</source>
        <translation>%1 ist kein Ordner mehr.</translation>
    </message>
    <message>
        <source>%1 now leads to %2 through a symbolic link; add %2 itself if you mean it.</source>
        <translation>%1 führt jetzt über eine symbolische Verknüpfung zu %2; fügen Sie %2 selbst hinzu, wenn Sie das meinen.</translation>
    </message>
    <message>
        <source>system temp directory, from $TMPDIR</source>
        <translation>System-Temp-Ordner, aus $TMPDIR</translation>
    </message>
    <message>
        <source>system temp directory, from $TEMP</source>
        <translation>System-Temp-Ordner, aus $TEMP</translation>
    </message>
    <message>
        <source>system temp directory, from $TMP</source>
        <translation>System-Temp-Ordner, aus $TMP</translation>
    </message>
    <message>
        <source>system temp directory, the platform&apos;s default</source>
        <translation>System-Temp-Ordner, Vorgabe der Plattform</translation>
    </message>
    <message>
        <source>the current directory: Python&apos;s last resort when no temp directory is usable</source>
        <translation>der aktuelle Ordner: Pythons letzter Ausweg, wenn kein Temp-Ordner nutzbar ist</translation>
    </message>
    <message>
        <source>saved location</source>
        <translation>gespeicherter Ort</translation>
    </message>
    <message>
        <source>%1: no temp directory is usable, and Python&apos;s last resort, the current directory, is no temp directory (name it to use it)</source>
        <translation>%1: kein Temp-Ordner ist nutzbar, und Pythons letzter Ausweg, der aktuelle Ordner, ist kein Temp-Ordner (nennen Sie ihn, um ihn zu verwenden)</translation>
    </message>
    <message>
        <source>%1: the saved location changed since it was saved: %2 (confirm it again in Tempscope, or name it)</source>
        <translation>%1: der gespeicherte Ort hat sich seit dem Speichern geändert: %2 (bestätigen Sie ihn in Tempscope erneut oder nennen Sie ihn)</translation>
    </message>
    <message>
        <source>%1 cannot be a scratch root: %2</source>
        <translation>%1 kann kein Ort für temporäre Dateien sein: %2</translation>
    </message>
</context>
<context>
    <name>TempDirResolver</name>
    <message>
        <source>cannot write the probe file: %1</source>
        <translation>Testdatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot remove the probe file: %1</source>
        <translation>Testdatei kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>kein Verzeichnis</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>schreibgeschütztes Dateisystem</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>kein Speicherplatz mehr auf dem Gerät</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>Festplattenkontingent überschritten</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>zu viele Ebenen symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <source>path too long</source>
        <translation>Pfad zu lang</translation>
    </message>
    <message>
        <source>cannot create a file there</source>
        <translation>dort kann keine Datei angelegt werden</translation>
    </message>
    <message>
        <source>probe file created, written and removed</source>
        <translation>Testdatei angelegt, geschrieben und entfernt</translation>
    </message>
    <message>
        <source>all %1 random probe names were already taken</source>
        <translation>alle %1 zufälligen Testnamen waren bereits vergeben</translation>
    </message>
    <message>
        <source>not probed: an earlier candidate is usable</source>
        <translation>nicht geprüft: Ein früherer Kandidat ist verwendbar</translation>
    </message>
    <message>
        <source>No usable temporary directory found in [%1]</source>
        <translation>Kein verwendbares temporäres Verzeichnis gefunden in [%1]</translation>
    </message>
    <message>
        <source>Qt asks Windows (GetTempPath), which reads TMP, then TEMP, then USERPROFILE, then the Windows directory; Python reads TMPDIR, TEMP, TMP in that order and probes each one by creating a file.</source>
        <translation>Qt fragt Windows (GetTempPath), das TMP, dann TEMP, dann USERPROFILE und dann das Windows-Verzeichnis liest; Python liest TMPDIR, TEMP und TMP in dieser Reihenfolge und prüft jedes, indem es eine Datei anlegt.</translation>
    </message>
    <message>
        <source>TMP and TEMP differ: Windows prefers TMP (%1), Python prefers TEMP (%2).</source>
        <translation>TMP und TEMP unterscheiden sich: Windows bevorzugt TMP (%1), Python bevorzugt TEMP (%2).</translation>
    </message>
    <message>
        <source>TMPDIR is set: Python uses it first, Windows ignores it.</source>
        <translation>TMPDIR ist gesetzt: Python verwendet es zuerst, Windows ignoriert es.</translation>
    </message>
    <message>
        <source>Qt reads only TMPDIR, which is not set, so it asks macOS (NSTemporaryDirectory).</source>
        <translation>Qt liest nur TMPDIR, das nicht gesetzt ist, und fragt daher macOS (NSTemporaryDirectory).</translation>
    </message>
    <message>
        <source>Qt reads only TMPDIR, which is not set, so it uses /tmp.</source>
        <translation>Qt liest nur TMPDIR, das nicht gesetzt ist, und verwendet daher /tmp.</translation>
    </message>
    <message>
        <source>Qt ignores %1 (%2); Python reads it.</source>
        <translation>Qt ignoriert %1 (%2); Python liest es.</translation>
    </message>
    <message>
        <source>Qt reads only TMPDIR (%1) and never checks that a file can be created there.</source>
        <translation>Qt liest nur TMPDIR (%1) und prüft nie, ob dort eine Datei angelegt werden kann.</translation>
    </message>
    <message>
        <source>TMPDIR does not exist: Qt resolves the path to its canonical form, which fails, and returns an empty path (Qt 6.4). Python skips it and probes the next candidate.</source>
        <translation>TMPDIR existiert nicht: Qt löst den Pfad in seine kanonische Form auf, was fehlschlägt, und gibt einen leeren Pfad zurück (Qt 6.4). Python überspringt ihn und prüft den nächsten Kandidaten.</translation>
    </message>
    <message>
        <source>Qt resolves symbolic links and relative parts: %1 becomes %2; Python keeps the path as written (made absolute).</source>
        <translation>Qt löst symbolische Verknüpfungen und relative Teile auf: %1 wird zu %2; Python behält den Pfad wie geschrieben (absolut gemacht).</translation>
    </message>
    <message>
        <source>TMPDIR is not a directory, yet Qt returns it.</source>
        <translation>TMPDIR ist kein Verzeichnis, dennoch gibt Qt es zurück.</translation>
    </message>
    <message>
        <source>Python&apos;s probe of TMPDIR failed (%1), so Python moved on; Qt does not probe.</source>
        <translation>Pythons Prüfung von TMPDIR schlug fehl (%1), daher ging Python weiter; Qt prüft nicht.</translation>
    </message>
    <message>
        <source>Both name the same directory.</source>
        <translation>Beide nennen dasselbe Verzeichnis.</translation>
    </message>
    <message>
        <source>Python found no usable directory.</source>
        <translation>Python hat kein verwendbares Verzeichnis gefunden.</translation>
    </message>
    <message>
        <source>Qt&apos;s answer differs from Python&apos;s (%1).</source>
        <translation>Die Antwort von Qt weicht von der von Python ab (%1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect temporary directories.</source>
        <translation>Temporäre Verzeichnisse untersuchen.</translation>
    </message>
    <message>
        <source>Directories to show besides the temp directories.</source>
        <translation>Verzeichnisse, die zusätzlich zu den temporären Verzeichnissen angezeigt werden.</translation>
    </message>
    <message>
        <source>Use a dark palette (with the Fusion style).</source>
        <translation>Eine dunkle Farbpalette verwenden (mit dem Fusion-Stil).</translation>
    </message>
</context>
<context>
    <name>tempscope</name>
    <message>
        <source>Whole items: tmpfiles.d judges every file by its own age, so the old files of an item that has newer ones are removed too: the file behaves like --per-file.</source>
        <translation>Ganze Elemente: tmpfiles.d beurteilt jede Datei nach ihrem eigenen Alter, daher werden auch die alten Dateien eines Elements mit neueren Dateien entfernt: Die Datei verhält sich wie --per-file.</translation>
    </message>
    <message>
        <source>Includes: tmpfiles.d cleans only inside the directories that match an include (&quot;e ROOT/upload_*&quot;); it neither removes top-level files that match nor those directories themselves.</source>
        <translation>Einschlüsse: tmpfiles.d bereinigt nur innerhalb der Verzeichnisse, die zu einem Einschluss passen („e ROOT/upload_*“); passende Dateien auf oberster Ebene und diese Verzeichnisse selbst entfernt es nicht.</translation>
    </message>
    <message>
        <source>Other users&apos; entries: tmpfiles.d removes stale files of every user; Tempscope keeps them unless --include-others is given.</source>
        <translation>Einträge anderer Benutzer: tmpfiles.d entfernt veraltete Dateien aller Benutzer; Tempscope behält sie, sofern nicht --include-others angegeben ist.</translation>
    </message>
    <message>
        <source>Trash: tmpfiles.d deletes; it cannot move items to the trash.</source>
        <translation>Papierkorb: tmpfiles.d löscht; es kann keine Elemente in den Papierkorb verschieben.</translation>
    </message>
    <message>
        <source>Files in use: tmpfiles.d does not check whether a process has a file open (it only skips directories locked with flock); Tempscope skips them.</source>
        <translation>Dateien in Benutzung: tmpfiles.d prüft nicht, ob ein Prozess eine Datei geöffnet hat (es überspringt nur mit flock gesperrte Verzeichnisse); Tempscope überspringt sie.</translation>
    </message>
    <message>
        <source>Several rules for %1: tmpfiles.d applies the first line for a path and ignores later ones.</source>
        <translation>Mehrere Regeln für %1: tmpfiles.d wendet die erste Zeile für einen Pfad an und ignoriert spätere.</translation>
    </message>
    <message>
        <source>Paths with control characters (such as line breaks) cannot be written; their lines are left out.</source>
        <translation>Pfade mit Steuerzeichen (etwa Zeilenumbrüchen) können nicht geschrieben werden; ihre Zeilen werden ausgelassen.</translation>
    </message>
    <message>
        <source>Excludes and protections by name: Tempscope keeps a matching name at any depth; tmpfiles.d globs match whole paths, so the file keeps matches at the top level of the root only.</source>
        <translation>Ausschlüsse und Schutz nach Name: Tempscope behält einen passenden Namen in beliebiger Tiefe; Globs von tmpfiles.d passen auf ganze Pfade, daher behält die Datei Treffer nur auf der obersten Ebene des Stammordners.</translation>
    </message>
    <message>
        <source>A glob starting with a wildcard does not match names starting with &apos;.&apos; in tmpfiles.d.</source>
        <translation>Ein Glob, der mit einem Platzhalter beginnt, passt in tmpfiles.d nicht auf Namen, die mit &apos;.&apos; beginnen.</translation>
    </message>
    <message>
        <source>held by %1 pid %2</source>
        <translation>gehalten von %1 PID %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more process(es)</source>
        <translation>
            <numerusform> und %n weiterem Prozess</numerusform>
            <numerusform> und %n weiteren Prozessen</numerusform>
        </translation>
    </message>
    <message>
        <source>no known program makes names like this</source>
        <translation>kein bekanntes Programm erzeugt solche Namen</translation>
    </message>
    <message>
        <source>the running processes cannot be listed on this system</source>
        <translation>die laufenden Prozesse lassen sich auf diesem System nicht auflisten</translation>
    </message>
    <message>
        <source>%1 pid %2 is gone</source>
        <translation>%1 PID %2 läuft nicht mehr</translation>
    </message>
    <message>
        <source>pid %1 is now %2, not %3</source>
        <translation>PID %1 ist jetzt %2, nicht %3</translation>
    </message>
    <message>
        <source>pid %1 (%2) was reused: it started after the item was made</source>
        <translation>PID %1 (%2) wurde wiederverwendet: Der Prozess startete erst, nachdem das Element angelegt wurde</translation>
    </message>
    <message>
        <source>%1 pid %2 runs</source>
        <translation>%1 PID %2 läuft</translation>
    </message>
    <message>
        <source>none of the %1 pids inside runs (%2)</source>
        <translation>keine der %1 PIDs darin läuft (%2)</translation>
    </message>
    <message>
        <source>%1: which process made it cannot be told</source>
        <translation>%1: welcher Prozess es angelegt hat, lässt sich nicht erkennen</translation>
    </message>
    <message>
        <source>no process named %1 runs</source>
        <translation>kein Prozess namens %1 läuft</translation>
    </message>
    <message>
        <source>no process named %1 runs for its owner</source>
        <translation>kein Prozess namens %1 läuft für seinen Eigentümer</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Benutzung</translation>
    </message>
    <message>
        <source>Owner running</source>
        <translation>Programm läuft</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>whether it is in use cannot be seen on this system</source>
        <translation>ob es benutzt wird, lässt sich auf diesem System nicht erkennen</translation>
    </message>
</context>
<context>
    <name>tempscope::PrefixFamilies</name>
    <message>
        <source>Enter a prefix such as myapp- or a pattern such as upload_*.csv.</source>
        <translation>Geben Sie ein Präfix wie myapp- oder ein Muster wie upload_*.csv ein.</translation>
    </message>
    <message>
        <source>The name starts or ends with a space; names rarely do, so this is likely a typing mistake.</source>
        <translation>Der Name beginnt oder endet mit einem Leerzeichen; das ist selten, daher vermutlich ein Tippfehler.</translation>
    </message>
    <message>
        <source>A family matches names of items, not paths: leave out the &quot;/&quot;.</source>
        <translation>Eine Familie passt auf Namen von Elementen, nicht auf Pfade: Lassen Sie „/“ weg.</translation>
    </message>
    <message>
        <source>Names cannot contain a null character.</source>
        <translation>Namen dürfen kein Nullzeichen enthalten.</translation>
    </message>
    <message>
        <source>Names are at most 255 characters long.</source>
        <translation>Namen sind höchstens 255 Zeichen lang.</translation>
    </message>
    <message>
        <source>The character set opened by &quot;[&quot; is not closed with &quot;]&quot;.</source>
        <translation>Die mit „[“ geöffnete Zeichenmenge wird nicht mit „]“ geschlossen.</translation>
    </message>
    <message>
        <source>This pattern matches almost every name and would hide all other families.</source>
        <translation>Dieses Muster passt auf fast jeden Namen und würde alle anderen Familien verdecken.</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::AboutBox</name>
    <message>
        <source>About Tempscope</source>
        <translation>Über Tempscope</translation>
    </message>
    <message>
        <source>Looks into temporary directories and cleans them safely: what is there, who made it, how old it is, and what can go.</source>
        <translation>Untersucht temporäre Verzeichnisse und räumt sie sicher auf: was dort liegt, wer es angelegt hat, wie alt es ist und was weg kann.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder später (GPL-3.0-or-later). Es besteht KEINERLEI GEWÄHRLEISTUNG, soweit gesetzlich zulässig.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft unter Qt %2.</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::AgeChartView</name>
    <message>
        <source>Si&amp;ze</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>Ite&amp;ms</source>
        <translation>&amp;Elemente</translation>
    </message>
    <message>
        <source>Age chart summary</source>
        <translation>Zusammenfassung des Altersdiagramms</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Bytes per age</source>
        <translation>Bytes nach Alter</translation>
    </message>
    <message>
        <source>Show bytes per age</source>
        <translation>Bytes nach Alter anzeigen</translation>
    </message>
    <message>
        <source>Number of items per age</source>
        <translation>Anzahl der Elemente nach Alter</translation>
    </message>
    <message>
        <source>Show the number of items per age</source>
        <translation>Anzahl der Elemente nach Alter anzeigen</translation>
    </message>
    <message>
        <source>Bytes and items per age, by family</source>
        <translation>Bytes und Elemente nach Alter, je Familie</translation>
    </message>
    <message>
        <source>other (1 family)</source>
        <translation>andere (1 Familie)</translation>
    </message>
    <message numerus="yes">
        <source>other (%n families)</source>
        <translation>
            <numerusform>andere (%n Familie)</numerusform>
            <numerusform>andere (%n Familien)</numerusform>
        </translation>
    </message>
    <message>
        <source>No scan of this location yet.</source>
        <translation>Dieser Ort wurde noch nicht eingelesen.</translation>
    </message>
    <message>
        <source>1 item, %1, by age (%2 timestamp) and family.</source>
        <translation>1 Element, %1, nach Alter (Zeitstempel: %2) und Familie.</translation>
    </message>
    <message numerus="yes">
        <source>%n items, %1, by age (%2 timestamp) and family.</source>
        <translation>
            <numerusform>%n Element, %1, nach Alter (Zeitstempel: %2) und Familie.</numerusform>
            <numerusform>%n Elemente, %1, nach Alter (Zeitstempel: %2) und Familie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other families</source>
        <translation>Andere Familien</translation>
    </message>
    <message>
        <source>%1, %2 old</source>
        <translation>%1, %2 alt</translation>
    </message>
    <message>
        <source>1 item, %1</source>
        <translation>1 Element, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n items, %1</source>
        <translation>
            <numerusform>%n Element, %1</numerusform>
            <numerusform>%n Elemente, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the items of this age</source>
        <translation>%1 % der Elemente dieses Alters</translation>
    </message>
    <message>
        <source>Past the stale threshold (%1)</source>
        <translation>Über dem Schwellwert für veraltet (%1)</translation>
    </message>
    <message>
        <source>Partly past the stale threshold (%1)</source>
        <translation>Teilweise über dem Schwellwert für veraltet (%1)</translation>
    </message>
    <message>
        <source>stale after %1</source>
        <translation>veraltet nach %1</translation>
    </message>
    <message>
        <source>Items older than %1 are stale</source>
        <translation>Elemente, die älter als %1 sind, sind veraltet</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::CleanupActions</name>
    <message>
        <source>&amp;Clean Up…</source>
        <translation>&amp;Bereinigen…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash…</source>
        <translation>In den &amp;Papierkorb verschieben…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Containing Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Remove stale items of the selected location, after a preview (Ctrl+Shift+C)</source>
        <translation>Veraltete Elemente des ausgewählten Orts entfernen, nach einer Vorschau (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Move the selected items to the trash, after a preview (Delete)</source>
        <translation>Die ausgewählten Elemente nach einer Vorschau in den Papierkorb verschieben (Entf)</translation>
    </message>
    <message>
        <source>Delete the selected items permanently, after a preview (Shift+Delete)</source>
        <translation>Die ausgewählten Elemente nach einer Vorschau endgültig löschen (Umschalt+Entf)</translation>
    </message>
    <message>
        <source>Put back what the last cleanup moved to the trash, where nothing else has taken its place (Ctrl+Z)</source>
        <translation>Zurücklegen, was die letzte Bereinigung in den Papierkorb verschoben hat, sofern nichts anderes seinen Platz eingenommen hat (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation>Verschieben in den Papierkorb &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash (1 item)</source>
        <translation>Verschieben in den Papierkorb &amp;rückgängig machen (1 Element)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo Move to Trash (%n items)</source>
        <translation>
            <numerusform>Verschieben in den Papierkorb &amp;rückgängig machen (%n Element)</numerusform>
            <numerusform>Verschieben in den Papierkorb &amp;rückgängig machen (%n Elemente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Undo Move to Trash</source>
        <translation>Verschieben in den Papierkorb rückgängig machen</translation>
    </message>
    <message>
        <source>1 item stays in the trash:</source>
        <translation>1 Element bleibt im Papierkorb:</translation>
    </message>
    <message numerus="yes">
        <source>%n items stay in the trash:</source>
        <translation>
            <numerusform>%n Element bleibt im Papierkorb:</numerusform>
            <numerusform>%n Elemente bleiben im Papierkorb:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempscope::gui::CleanupWizard</name>
    <message>
        <source>Clean Up %1</source>
        <translation>%1 bereinigen</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>picked in the items view</source>
        <translation>in der Elementansicht ausgewählt</translation>
    </message>
    <message>
        <source>This scan was stopped before it finished: only items read completely can be removed, the others are kept. Rescan for a complete plan.</source>
        <translation>Dieses Einlesen wurde vor dem Ende abgebrochen: Nur vollständig gelesene Elemente können entfernt werden, die anderen bleiben erhalten. Lesen Sie erneut ein, um einen vollständigen Plan zu erhalten.</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::DetailsPane</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open containing folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Details zum Element</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Wählen Sie ein Element aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Full path</source>
        <translation>Vollständiger Pfad</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>Familie:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>Letzter Zugriff:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Status geändert:</translation>
    </message>
    <message>
        <source>Newest inside:</source>
        <translation>Jüngster Eintrag darin:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Inode:</source>
        <translation>Inode:</translation>
    </message>
    <message>
        <source>Unreadable:</source>
        <translation>Nicht lesbar:</translation>
    </message>
    <message>
        <source>Why the item is or is not stale</source>
        <translation>Warum das Element veraltet ist oder nicht</translation>
    </message>
    <message>
        <source> (mount point, not entered)</source>
        <translation> (Einhängepunkt, nicht betreten)</translation>
    </message>
    <message>
        <source>%1 (%L2 bytes; %3 on disk)</source>
        <translation>%1 (%L2 Byte; %3 auf dem Datenträger)</translation>
    </message>
    <message>
        <source>%1 (%2 old, by %3)</source>
        <translation>%1 (%2 alt, nach %3)</translation>
    </message>
    <message>
        <source>%1 (uid %2)</source>
        <translation>%1 (UID %2)</translation>
    </message>
    <message>
        <source>%1 on device %2</source>
        <translation>%1 auf Gerät %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>1 entry inside could not be read</source>
        <translation>1 Eintrag darin konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries inside could not be read</source>
        <translation>
            <numerusform>%Ln Eintrag darin konnte nicht gelesen werden</numerusform>
            <numerusform>%Ln Einträge darin konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>Geöffnet von:</translation>
    </message>
    <message>
        <source>Protected:</source>
        <translation>Geschützt:</translation>
    </message>
    <message>
        <source>%1 (inside: %2)</source>
        <translation>%1 (darin: %2)</translation>
    </message>
    <message>
        <source>(inside an item)</source>
        <translation>(in einem Element)</translation>
    </message>
    <message>
        <source>no process (as far as this user can see)</source>
        <translation>kein Prozess (soweit dieser Benutzer sehen kann)</translation>
    </message>
    <message>
        <source>A cleanup keeps it while it is in use: it was open when the scan finished.</source>
        <translation>Eine Bereinigung behält es, solange es benutzt wird: Es war beim Ende des Einlesens geöffnet.</translation>
    </message>
    <message>
        <source>A cleanup never removes it: the built-in protections keep %1.</source>
        <translation>Eine Bereinigung entfernt es nie: Die eingebauten Schutzregeln behalten %1.</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Angelegt von:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Befund:</translation>
    </message>
    <message>
        <source>no known program (not in the catalogue of known temp files)</source>
        <translation>kein bekanntes Programm (nicht im Katalog bekannter temporärer Dateien)</translation>
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation>%1, PID %2</translation>
    </message>
    <message>
        <source>Catalogue entry &quot;%1&quot;; safe to remove: %2</source>
        <translation>Katalogeintrag „%1“; gefahrlos zu entfernen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>It is an orphan: the program that made it is gone (%1).</source>
        <translation>Es ist verwaist: Das Programm, das es angelegt hat, läuft nicht mehr (%1).</translation>
    </message>
    <message>
        <source>unknown (this system does not show open files)</source>
        <translation>unbekannt (dieses System zeigt keine geöffneten Dateien)</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::FamiliesModel</name>
    <message>
        <source>%L1 · %2</source>
        <translation>%L1 · %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>1 stale item, %1 % of the family&apos;s bytes</source>
        <translation>1 veraltetes Element, %1 % der Bytes der Familie</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Ältestes</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Jüngstes</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stale items, %1 % of the family&apos;s bytes</source>
        <translation>
            <numerusform>%Ln veraltetes Element, %1 % der Bytes der Familie</numerusform>
            <numerusform>%Ln veraltete Elemente, %1 % der Bytes der Familie</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>tracked family</source>
        <translation>verfolgte Familie</translation>
    </message>
    <message>
        <source>A family you track</source>
        <translation>Eine Familie, die Sie verfolgen</translation>
    </message>
    <message>
        <source>A family you track; no item in this location belongs to it</source>
        <translation>Eine Familie, die Sie verfolgen; kein Element an diesem Ort gehört dazu</translation>
    </message>
    <message>
        <source>%1: %2
Safe to remove: %3</source>
        <translation>%1: %2
Gefahrlos zu entfernen: %3</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::FilterBar</name>
    <message>
        <source>&amp;Stale only</source>
        <translation>&amp;Nur veraltete</translation>
    </message>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Nach Name filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter items by name</source>
        <translation>Elemente nach Name filtern</translation>
    </message>
    <message>
        <source>Family filter</source>
        <translation>Familienfilter</translation>
    </message>
    <message>
        <source>Show every family</source>
        <translation>Alle Familien anzeigen</translation>
    </message>
    <message>
        <source>Clear family filter</source>
        <translation>Familienfilter entfernen</translation>
    </message>
    <message>
        <source>Show only items older than the threshold</source>
        <translation>Nur Elemente anzeigen, die älter als der Schwellwert sind</translation>
    </message>
    <message>
        <source>Stale &amp;after:</source>
        <translation>&amp;Veraltet nach:</translation>
    </message>
    <message>
        <source>Age threshold</source>
        <translation>Altersschwellwert</translation>
    </message>
    <message>
        <source>An age such as 90s, 15m, 12h, 7d, 2w or 1d12h; empty: nothing is stale</source>
        <translation>Ein Alter wie 90s, 15m, 12h, 7d, 2w oder 1d12h (s, m, h, d = Tage, w = Wochen); leer: nichts ist veraltet</translation>
    </message>
    <message>
        <source>&amp;by:</source>
        <translation>na&amp;ch:</translation>
    </message>
    <message>
        <source>Timestamp basis</source>
        <translation>Zeitstempelbasis</translation>
    </message>
    <message>
        <source>Family: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Familie: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>&amp;Alter:</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>Altersbereich</translation>
    </message>
    <message>
        <source>Show only items of this age, measured on the timestamp basis</source>
        <translation>Nur Elemente dieses Alters anzeigen, gemessen an der Zeitstempelbasis</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>O&amp;rphans only</source>
        <translation>Nur ver&amp;waiste</translation>
    </message>
    <message>
        <source>Show only items whose program is gone (the Verdict column says why)</source>
        <translation>Nur Elemente anzeigen, deren Programm nicht mehr läuft (die Spalte Befund nennt den Grund)</translation>
    </message>
    <message>
        <source>name contains “%1”</source>
        <translation>Name enthält „%1“</translation>
    </message>
    <message>
        <source>family %1</source>
        <translation>Familie %1</translation>
    </message>
    <message>
        <source>stale only</source>
        <translation>nur veraltete</translation>
    </message>
    <message>
        <source>orphans only</source>
        <translation>nur verwaiste</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>Alter %1</translation>
    </message>
    <message>
        <source>“%1” is not an age: %2. Still using %3.</source>
        <translation>„%1“ ist kein Alter: %2. Weiterhin gilt: %3.</translation>
    </message>
    <message>
        <source>no threshold</source>
        <translation>kein Schwellwert</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ItemsModel</name>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>mount point</source>
        <translation>Einhängepunkt</translation>
    </message>
    <message>
        <source>%L1 unreadable</source>
        <translation>%L1 nicht lesbar</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>symlink</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>character device</source>
        <translation>zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>block device</source>
        <translation>blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%L1 bytes (%2 on disk)</source>
        <translation>%L1 Byte (%2 auf dem Datenträger)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>in use by PID %1 (%2)</source>
        <translation>in Benutzung durch PID %1 (%2)</translation>
    </message>
    <message>
        <source>%1 and one other process</source>
        <translation>%1 und ein weiterer Prozess</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other processes</source>
        <translation>
            <numerusform>%1 und %n weiterer Prozess</numerusform>
            <numerusform>%1 und %n weitere Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>protected (%1)</source>
        <translation>geschützt (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>Geöffnet von:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>S&amp;ystemstandard</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::LocationDelegate</name>
    <message>
        <source>  · tmpfs</source>
        <translation>  · tmpfs</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::LocationsModel</name>
    <message>
        <source>Temporary directory</source>
        <translation>Temporäres Verzeichnis</translation>
    </message>
    <message>
        <source>Secondary temp</source>
        <translation>Weiteres temporäres Verzeichnis</translation>
    </message>
    <message>
        <source>Runtime directory</source>
        <translation>Laufzeitverzeichnis</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Zwischenspeicher</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird eingelesen…</translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation>Noch nicht eingelesen</translation>
    </message>
    <message>
        <source>1 item · %1</source>
        <translation>1 Element · %1</translation>
    </message>
    <message>
        <source> · %1 stale</source>
        <translation> · %1 veraltet</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation> (unvollständig)</translation>
    </message>
    <message>
        <source>Does not exist</source>
        <translation>Existiert nicht</translation>
    </message>
    <message>
        <source>Volume unknown</source>
        <translation>Datenträger unbekannt</translation>
    </message>
    <message>
        <source>tmpfs, in memory</source>
        <translation>tmpfs, im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>, schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 free of %2 · %3</source>
        <translation>%1 von %2 frei · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items · %1</source>
        <translation>
            <numerusform>%Ln Element · %1</numerusform>
            <numerusform>%Ln Elemente · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since you added it: %1. Not scanned until you confirm it.</source>
        <translation>Geändert, seit Sie ihn hinzugefügt haben: %1. Wird erst eingelesen, wenn Sie ihn bestätigen.</translation>
    </message>
    <message>
        <source> · rescan stopped</source>
        <translation> · erneutes Einlesen abgebrochen</translation>
    </message>
    <message>
        <source> · rescan failed</source>
        <translation> · erneutes Einlesen fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::MainWindow</name>
    <message>
        <source>Tempscope</source>
        <translation>Tempscope</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Erneut einlesen</translation>
    </message>
    <message>
        <source>Scan the selected location again (F5)</source>
        <translation>Den ausgewählten Ort erneut einlesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Stop scanning</source>
        <translation>Einlesen &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Add location…</source>
        <translation>Ort &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a directory to the locations (Ctrl+O)</source>
        <translation>Ein Verzeichnis zu den Orten hinzufügen (Strg+O)</translation>
    </message>
    <message>
        <source>Re&amp;move location</source>
        <translation>Ort &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected location you added (the directory is not touched)</source>
        <translation>Den ausgewählten, von Ihnen hinzugefügten Ort entfernen (das Verzeichnis bleibt unverändert)</translation>
    </message>
    <message>
        <source>&amp;Why this temporary directory?</source>
        <translation>&amp;Warum dieses temporäre Verzeichnis?</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Filter items</source>
        <translation>Elemente &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familien</translation>
    </message>
    <message>
        <source>&amp;Families — select one to show only its items</source>
        <translation>&amp;Familien – eine auswählen, um nur ihre Elemente anzuzeigen</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 wird eingelesen…</translation>
    </message>
    <message>
        <source>Scanning %1: %L2 entries in %L3 directories…</source>
        <translation>%1 wird eingelesen: %L2 Einträge in %L3 Verzeichnissen…</translation>
    </message>
    <message>
        <source> (stopped: incomplete)</source>
        <translation> (abgebrochen: unvollständig)</translation>
    </message>
    <message>
        <source>Could not scan %1: %2</source>
        <translation>%1 konnte nicht eingelesen werden: %2</translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation>Ort hinzufügen</translation>
    </message>
    <message>
        <source>Cannot add this location</source>
        <translation>Dieser Ort kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Scanned %1: %L2 entries in %L3 s%4</source>
        <translation>%1 eingelesen: %L2 Einträge in %L3 s%4</translation>
    </message>
    <message>
        <source>&amp;Playground…</source>
        <translation>&amp;Playground…</translation>
    </message>
    <message>
        <source>Try temp files live and watch them here (Ctrl+Shift+P)</source>
        <translation>Temporäre Dateien live ausprobieren und hier beobachten (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>&amp;Track a Family…</source>
        <translation>Familie &amp;verfolgen…</translation>
    </message>
    <message>
        <source>Name the families of your own applications by prefix or pattern (Ctrl+T)</source>
        <translation>Die Familien Ihrer eigenen Anwendungen nach Präfix oder Muster benennen (Strg+T)</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Bereinigen</translation>
    </message>
    <message>
        <source>Cannot open the playground</source>
        <translation>Der Playground kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No directory for the playground could be made: %1</source>
        <translation>Für den Playground konnte kein Verzeichnis angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 is changing faster than it can be shown; updates paused — F5 rescans</source>
        <translation>%1 ändert sich schneller, als es angezeigt werden kann; Aktualisierung pausiert – F5 liest erneut ein</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 items shown · %2</source>
        <translation>
            <numerusform>%Ln von %L1 Elementen angezeigt · %2</numerusform>
            <numerusform>%Ln von %L1 Elementen angezeigt · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm this location</source>
        <translation>Diesen Ort bestätigen</translation>
    </message>
    <message>
        <source>%1 is not what you added: %2.

Scan it and offer it for cleaning as it is now?</source>
        <translation>%1 ist nicht mehr, was Sie hinzugefügt haben: %2.

So, wie er jetzt ist, einlesen und zum Aufräumen anbieten?</translation>
    </message>
    <message>
        <source>Cannot confirm this location</source>
        <translation>Dieser Ort kann nicht bestätigt werden</translation>
    </message>
    <message>
        <source>&amp;Confirm location…</source>
        <translation>Ort bes&amp;tätigen…</translation>
    </message>
    <message>
        <source>Accept a location you added that has changed since (it is not scanned until then)</source>
        <translation>Einen hinzugefügten Ort annehmen, der sich seitdem geändert hat (bis dahin wird er nicht eingelesen)</translation>
    </message>
    <message>
        <source>Rescan of %1 stopped; the complete results from %2 are shown</source>
        <translation>Erneutes Einlesen von %1 abgebrochen; die vollständigen Ergebnisse von %2 werden angezeigt</translation>
    </message>
    <message>
        <source>Could not rescan %1: %2; the results from %3 are shown</source>
        <translation>%1 konnte nicht erneut eingelesen werden: %2; die Ergebnisse von %3 werden angezeigt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About Tempscope</source>
        <translation>Ü&amp;ber Tempscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Choose a location on the left to see what is in it.</source>
        <translation>Wählen Sie links einen Ort aus, um zu sehen, was darin liegt.</translation>
    </message>
    <message>
        <source>%1 is not scanned: %2. File › Confirm location… accepts it as it is now.</source>
        <translation>%1 wird nicht eingelesen: %2. Datei › Ort bestätigen… übernimmt den Ort so, wie er jetzt ist.</translation>
    </message>
    <message>
        <source>%1 could not be scanned: %2</source>
        <translation>%1 konnte nicht eingelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 has not been scanned yet. Press F5 to scan it.</source>
        <translation>%1 wurde noch nicht eingelesen. Drücken Sie F5, um den Ort einzulesen.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln items are hidden by the filter: %1.</source>
        <translation>
            <numerusform>%Ln Element ist durch den Filter ausgeblendet: %1.</numerusform>
            <numerusform>Alle %Ln Elemente sind durch den Filter ausgeblendet: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tempscope::gui::PreviewModel</name>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Byte</translation>
    </message>
    <message>
        <source>%1
Rule: %2</source>
        <translation>%1
Regel: %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Kept because</source>
        <translation>Behalten, weil</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::PreviewPage</name>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Alle anhaken</translation>
    </message>
    <message>
        <source>&amp;Uncheck All</source>
        <translation>Alle Haken ent&amp;fernen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Working out what can be removed and checking which files are open…</source>
        <translation>Es wird ermittelt, was entfernt werden kann und welche Dateien geöffnet sind…</translation>
    </message>
    <message>
        <source>Computing the preview</source>
        <translation>Vorschau wird berechnet</translation>
    </message>
    <message>
        <source>Items to remove</source>
        <translation>Zu entfernende Elemente</translation>
    </message>
    <message>
        <source>Items kept</source>
        <translation>Behaltene Elemente</translation>
    </message>
    <message>
        <source>Check all items</source>
        <translation>Alle Elemente anhaken</translation>
    </message>
    <message>
        <source>Uncheck all items</source>
        <translation>Haken bei allen Elementen entfernen</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Check or Uncheck Selected</source>
        <translation>Ausgewählte anhaken oder Haken entfernen</translation>
    </message>
    <message>
        <source>Move to &amp;Trash…</source>
        <translation>In den &amp;Papierkorb verschieben…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <source>The items you picked, checked again. Nothing has been touched yet.</source>
        <translation>Die von Ihnen ausgewählten Elemente, erneut geprüft. Noch wurde nichts verändert.</translation>
    </message>
    <message>
        <source>What the rules select in %1. Nothing has been touched yet; uncheck what you want to keep.</source>
        <translation>Was die Regeln in %1 erfassen. Noch wurde nichts verändert; entfernen Sie den Haken bei allem, was Sie behalten möchten.</translation>
    </message>
    <message>
        <source>%1 has not been scanned yet.</source>
        <translation>%1 wurde noch nicht eingelesen.</translation>
    </message>
    <message>
        <source>This location cannot be cleaned: %1</source>
        <translation>Dieser Ort kann nicht bereinigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;To move to the trash (%n item, %1):</source>
        <translation>
            <numerusform>&amp;In den Papierkorb (%n Element, %1):</numerusform>
            <numerusform>&amp;In den Papierkorb (%n Elemente, %1):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;To move to the trash (%n items, %1):</source>
        <translation>
            <numerusform>&amp;In den Papierkorb (%n Element, %1):</numerusform>
            <numerusform>&amp;In den Papierkorb (%n Elemente, %1):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;To delete (%n item, %1):</source>
        <translation>
            <numerusform>Zu &amp;löschen (%n Element, %1):</numerusform>
            <numerusform>Zu &amp;löschen (%n Elemente, %1):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;To delete (%n items, %1):</source>
        <translation>
            <numerusform>Zu &amp;löschen (%n Element, %1):</numerusform>
            <numerusform>Zu &amp;löschen (%n Elemente, %1):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Kept, and why (%n item, %1):</source>
        <translation>
            <numerusform>&amp;Behalten, und warum (%n Element, %1):</numerusform>
            <numerusform>&amp;Behalten, und warum (%n Elemente, %1):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Kept, and why (%n items, %1):</source>
        <translation>
            <numerusform>&amp;Behalten, und warum (%n Element, %1):</numerusform>
            <numerusform>&amp;Behalten, und warum (%n Elemente, %1):</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to remove: the list below says why each item is kept.</source>
        <translation>Nichts zu entfernen: Die Liste unten nennt für jedes Element den Grund, warum es behalten wird.</translation>
    </message>
    <message>
        <source>Nothing is checked, so nothing will be removed.</source>
        <translation>Nichts ist angehakt, daher wird nichts entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n item checked: %1 will be moved to the trash.</source>
        <translation>
            <numerusform>%n Element angehakt: %1 werden in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Elemente angehakt: %1 werden in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items checked: %1 will be moved to the trash.</source>
        <translation>
            <numerusform>%n Element angehakt: %1 werden in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Elemente angehakt: %1 werden in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item checked: %1 will be deleted permanently.</source>
        <translation>
            <numerusform>%n Element angehakt: %1 werden endgültig gelöscht.</numerusform>
            <numerusform>%n Elemente angehakt: %1 werden endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items checked: %1 will be deleted permanently.</source>
        <translation>
            <numerusform>%n Element angehakt: %1 werden endgültig gelöscht.</numerusform>
            <numerusform>%n Elemente angehakt: %1 werden endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>unchecked in the preview</source>
        <translation>in der Vorschau nicht angehakt</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item (%1) to the trash?</source>
        <translation>
            <numerusform>%n Element (%1) in den Papierkorb verschieben?</numerusform>
            <numerusform>%n Elemente (%1) in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n items (%1) to the trash?</source>
        <translation>
            <numerusform>%n Element (%1) in den Papierkorb verschieben?</numerusform>
            <numerusform>%n Elemente (%1) in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item (%1) permanently?</source>
        <translation>
            <numerusform>%n Element (%1) endgültig löschen?</numerusform>
            <numerusform>%n Elemente (%1) endgültig löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items (%1) permanently?</source>
        <translation>
            <numerusform>%n Element (%1) endgültig löschen?</numerusform>
            <numerusform>%n Elemente (%1) endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Each item is checked again just before it is moved: anything in use, locked or changed since this preview is kept.</source>
        <translation>Jedes Element wird direkt vor dem Verschieben erneut geprüft: Alles, was benutzt wird, gesperrt ist oder sich seit dieser Vorschau geändert hat, wird behalten.</translation>
    </message>
    <message>
        <source>This cannot be undone. Each item is checked again just before it is removed: anything in use, locked or changed since this preview is kept.</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Jedes Element wird direkt vor dem Entfernen erneut geprüft: Alles, was benutzt wird, gesperrt ist oder sich seit dieser Vorschau geändert hat, wird behalten.</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>&amp;Check Selected</source>
        <translation>Ausgewählte an&amp;haken</translation>
    </message>
    <message>
        <source>&amp;Uncheck Selected</source>
        <translation>Haken bei Ausgewählten &amp;entfernen</translation>
    </message>
    <message>
        <source>U&amp;ncheck All</source>
        <translation>Alle Haken e&amp;ntfernen</translation>
    </message>
    <message>
        <source>Files in use are kept as far as Tempscope can see: it looks again when the cleanup starts, but a program may open a file after that.</source>
        <translation>Geöffnete Dateien bleiben erhalten, soweit Tempscope sie sehen kann: Beim Start der Bereinigung wird erneut nachgesehen, doch ein Programm kann eine Datei auch danach noch öffnen.</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ProgressPage</name>
    <message>
        <source>Cleaning Up</source>
        <translation>Bereinigung läuft</translation>
    </message>
    <message>
        <source>Cleanup progress</source>
        <translation>Fortschritt der Bereinigung</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Aktuelles Element</translation>
    </message>
    <message>
        <source>Space freed</source>
        <translation>Freigegebener Speicherplatz</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n item to the trash…</source>
        <translation>
            <numerusform>%n Element wird in den Papierkorb verschoben…</numerusform>
            <numerusform>%n Elemente werden in den Papierkorb verschoben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n items to the trash…</source>
        <translation>
            <numerusform>%n Element wird in den Papierkorb verschoben…</numerusform>
            <numerusform>%n Elemente werden in den Papierkorb verschoben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n item…</source>
        <translation>
            <numerusform>%n Element wird gelöscht…</numerusform>
            <numerusform>%n Elemente werden gelöscht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n items…</source>
        <translation>
            <numerusform>%n Element wird gelöscht…</numerusform>
            <numerusform>%n Elemente werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current item…</source>
        <translation>Wird nach dem aktuellen Element abgebrochen…</translation>
    </message>
    <message>
        <source>%1 moved to the trash</source>
        <translation>%1 in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>%1 freed</source>
        <translation>%1 freigegeben</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ReportModel</name>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>would be deleted</source>
        <translation>würde gelöscht</translation>
    </message>
    <message>
        <source>moved to trash</source>
        <translation>in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Byte</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>bereits weg</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ReportPage</name>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Results to show</source>
        <translation>Anzuzeigende Ergebnisse</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Save every result as JSON or CSV</source>
        <translation>Alle Ergebnisse als JSON oder CSV speichern</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Cancelled: what was not reached is untouched.</source>
        <translation>Abgebrochen: Was nicht erreicht wurde, ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item.</source>
        <translation>
            <numerusform>%n Element gelöscht.</numerusform>
            <numerusform>%n Elemente gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n items.</source>
        <translation>
            <numerusform>%n Element gelöscht.</numerusform>
            <numerusform>%n Elemente gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item to the trash.</source>
        <translation>
            <numerusform>%n Element in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Elemente in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n items to the trash.</source>
        <translation>
            <numerusform>%n Element in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Elemente in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 freed.</source>
        <translation>%1 freigegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n item.</source>
        <translation>
            <numerusform>%n Element behalten.</numerusform>
            <numerusform>%n Elemente behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n items.</source>
        <translation>
            <numerusform>%n Element behalten.</numerusform>
            <numerusform>%n Elemente behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item failed.</source>
        <translation>
            <numerusform>%n Element fehlgeschlagen.</numerusform>
            <numerusform>%n Elemente fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items failed.</source>
        <translation>
            <numerusform>%n Element fehlgeschlagen.</numerusform>
            <numerusform>%n Elemente fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some items could not be removed; the table says why.</source>
        <translation>Einige Elemente konnten nicht entfernt werden; die Tabelle nennt den Grund.</translation>
    </message>
    <message>
        <source>Every item the cleanup touched, and every item it kept, with the reason.</source>
        <translation>Jedes Element, das die Bereinigung bearbeitet, und jedes, das sie behalten hat, mit Grund.</translation>
    </message>
    <message>
        <source>Everything (%L1)</source>
        <translation>Alles (%L1)</translation>
    </message>
    <message>
        <source>Removed (%L1)</source>
        <translation>Entfernt (%L1)</translation>
    </message>
    <message>
        <source>Kept (%L1)</source>
        <translation>Behalten (%L1)</translation>
    </message>
    <message>
        <source>Failed (%L1)</source>
        <translation>Fehlgeschlagen (%L1)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were already gone (removed by someone else).</source>
        <translation>
            <numerusform>%n Element war bereits weg (von jemand anderem entfernt).</numerusform>
            <numerusform>%n Elemente waren bereits weg (von jemand anderem entfernt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed file(s) had other hard links: their space is not freed.</source>
        <translation>
            <numerusform>%n entfernte Datei hatte weitere harte Links: ihr Platz wird nicht frei.</numerusform>
            <numerusform>%n entfernte Dateien hatten weitere harte Links: ihr Platz wird nicht frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved to the trash (freed when the trash is emptied).</source>
        <translation>%1 in den Papierkorb verschoben (frei, sobald der Papierkorb geleert wird).</translation>
    </message>
    <message>
        <source>In use: unknown (this system does not show which processes have files open; only locks were checked).</source>
        <translation>In Benutzung: unbekannt (dieses System zeigt nicht, welche Prozesse Dateien geöffnet haben; nur Sperren wurden geprüft).</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ResolutionDialog</name>
    <message>
        <source>Why this temporary directory</source>
        <translation>Warum dieses temporäre Verzeichnis</translation>
    </message>
    <message>
        <source>&lt;b&gt;No usable temporary directory.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kein verwendbares temporäres Verzeichnis.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Python&apos;s &lt;tt&gt;tempfile.gettempdir()&lt;/tt&gt; picks &lt;b&gt;%1&lt;/b&gt;: the first candidate in which it could create, write and remove a file.</source>
        <translation>Pythons &lt;tt&gt;tempfile.gettempdir()&lt;/tt&gt; wählt &lt;b&gt;%1&lt;/b&gt;: den ersten Kandidaten, in dem es eine Datei anlegen, beschreiben und entfernen konnte.</translation>
    </message>
    <message>
        <source>Candidates in the order Python tries them</source>
        <translation>Kandidaten in der Reihenfolge, in der Python sie prüft</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>verwendbar</translation>
    </message>
    <message>
        <source>passed over</source>
        <translation>übergangen</translation>
    </message>
    <message>
        <source>an earlier candidate won</source>
        <translation>ein früherer Kandidat wurde gewählt</translation>
    </message>
    <message>
        <source>Qt&apos;s &lt;tt&gt;QDir::tempPath()&lt;/tt&gt; says &lt;b&gt;%1&lt;/b&gt; (%2). %3</source>
        <translation>&lt;tt&gt;QDir::tempPath()&lt;/tt&gt; von Qt liefert &lt;b&gt;%1&lt;/b&gt; (%2). %3</translation>
    </message>
    <message>
        <source>the same directory</source>
        <translation>dasselbe Verzeichnis</translation>
    </message>
    <message>
        <source>a different directory</source>
        <translation>ein anderes Verzeichnis</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::RulesPage</name>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Only items of the checked families or matching these patterns:</source>
        <translation>&amp;Nur Elemente der angehakten Familien oder passend zu diesen Mustern:</translation>
    </message>
    <message>
        <source>&amp;Whole items: a directory goes with everything in it, or not at all</source>
        <translation>&amp;Ganze Elemente: Ein Verzeichnis geht mit allem darin oder gar nicht</translation>
    </message>
    <message>
        <source>Each &amp;file on its own; directories go once empty and old</source>
        <translation>Jede &amp;Datei einzeln; Verzeichnisse erst, wenn sie leer und alt sind</translation>
    </message>
    <message>
        <source>&amp;Delete permanently</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>Move to the t&amp;rash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Include ot&amp;her users&apos; files (only where you have the permission)</source>
        <translation>Dateien anderer &amp;Benutzer einbeziehen (nur wo Sie die Berechtigung haben)</translation>
    </message>
    <message>
        <source>Cleanup Rules</source>
        <translation>Bereinigungsregeln</translation>
    </message>
    <message>
        <source>Choose what counts as stale in %1. Nothing is removed before you have seen the preview and confirmed it.</source>
        <translation>Legen Sie fest, was in %1 als veraltet gilt. Nichts wird entfernt, bevor Sie die Vorschau gesehen und bestätigt haben.</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>Gespeichertes Profil</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Save these rules under a name</source>
        <translation>Diese Regeln unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Save rules as profile</source>
        <translation>Regeln als Profil speichern</translation>
    </message>
    <message>
        <source>Forget the selected profile</source>
        <translation>Das ausgewählte Profil verwerfen</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Older than</source>
        <translation>Älter als</translation>
    </message>
    <message>
        <source>An age such as 90s, 15m, 12h, 7d, 2w or 1d12h</source>
        <translation>Ein Alter wie 90s, 15m, 12h, 7d, 2w oder 1d12h (s, m, h, d = Tage, w = Wochen)</translation>
    </message>
    <message>
        <source>Timestamp basis</source>
        <translation>Zeitstempelbasis</translation>
    </message>
    <message>
        <source>&amp;measured by:</source>
        <translation>ge&amp;messen nach:</translation>
    </message>
    <message>
        <source>Problem with the rules</source>
        <translation>Problem mit den Regeln</translation>
    </message>
    <message>
        <source>&amp;Every item of the location</source>
        <translation>&amp;Alle Elemente des Orts</translation>
    </message>
    <message>
        <source>Families to include</source>
        <translation>Einzuschließende Familien</translation>
    </message>
    <message>
        <source>Prefixes or globs to include</source>
        <translation>Einzuschließende Präfixe oder Globs</translation>
    </message>
    <message>
        <source>e.g. myapp- or upload_*.csv, separated by spaces</source>
        <translation>z. B. myapp- oder upload_*.csv, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>A prefix matches names starting with it; a glob may use *, ? and [...]. Separate several with spaces (use ? for a space inside a name).</source>
        <translation>Ein Präfix passt auf Namen, die damit beginnen; ein Glob darf *, ? und [...] verwenden. Mehrere durch Leerzeichen trennen (? für ein Leerzeichen im Namen verwenden).</translation>
    </message>
    <message>
        <source>&amp;Prefixes or globs:</source>
        <translation>P&amp;räfixe oder Globs:</translation>
    </message>
    <message>
        <source>Exclude patterns</source>
        <translation>Ausschlussmuster</translation>
    </message>
    <message>
        <source>Globs to keep, e.g. *.lock keep-*</source>
        <translation>Zu behaltende Globs, z. B. *.lock keep-*</translation>
    </message>
    <message>
        <source>Entries whose name matches are kept, at any depth; a pattern with a / is matched against the path below the location (cache/*.db). Separate several with spaces.</source>
        <translation>Einträge mit passendem Namen werden in beliebiger Tiefe behalten; ein Muster mit / wird mit dem Pfad unterhalb des Orts verglichen (cache/*.db). Mehrere durch Leerzeichen trennen.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Older &amp;than:</source>
        <translation>Äl&amp;ter als:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Elemente:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>Be&amp;halten:</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Beurteilen:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item, %2</source>
        <translation>
            <numerusform>%1 – %n Element, %2</numerusform>
            <numerusform>%1 – %n Elemente, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n items, %2</source>
        <translation>
            <numerusform>%1 – %n Element, %2</numerusform>
            <numerusform>%1 – %n Elemente, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n older than %1</source>
        <translation>
            <numerusform>, %n älter als %1</numerusform>
            <numerusform>, %n älter als %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an age, such as 7d or 12h.</source>
        <translation>Geben Sie ein Alter ein, etwa 7d oder 12h.</translation>
    </message>
    <message>
        <source>“%1” is not an age: %2. Use a number with s, m, h, d or w, such as 90s, 12h, 7d or 1d12h.</source>
        <translation>„%1“ ist kein Alter: %2. Verwenden Sie eine Zahl mit s, m, h, d oder w, etwa 90s, 12h, 7d oder 1d12h.</translation>
    </message>
    <message>
        <source>Check at least one family or enter a prefix or glob, or choose “Every item”.</source>
        <translation>Haken Sie mindestens eine Familie an, geben Sie ein Präfix oder einen Glob ein oder wählen Sie „Alle Elemente des Orts“.</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Save these rules as the profile named:</source>
        <translation>Diese Regeln als Profil speichern unter dem Namen:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Items go to your trash, or to the .Trash-UID folder at the top of their file system; where that would be inside the location being cleaned, they are kept</source>
        <translation>Elemente kommen in Ihren Papierkorb oder in den Ordner .Trash-UID auf oberster Ebene ihres Dateisystems; läge dieser im bereinigten Ort selbst, werden sie behalten</translation>
    </message>
    <message>
        <source>Orphans only: items whose pro&amp;gram is gone (their verdict is &quot;orphan&quot;)</source>
        <translation>Nur verwaiste: Elemente, deren Pro&amp;gramm nicht mehr läuft (ihr Befund ist „verwaist“)</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ScanNotice</name>
    <message>
        <source>Rescan stopped at %1 — showing the complete results from %2.</source>
        <translation>Erneutes Einlesen um %1 abgebrochen – die vollständigen Ergebnisse von %2 werden angezeigt.</translation>
    </message>
    <message>
        <source>Rescan failed at %1 (%2) — showing the results from %3.</source>
        <translation>Erneutes Einlesen um %1 fehlgeschlagen (%2) – die Ergebnisse von %3 werden angezeigt.</translation>
    </message>
    <message>
        <source>Incomplete: the scan was stopped at %1 before it finished. Sizes, ages and stale totals count only what was read, and Clean Up keeps every item that was not read completely.</source>
        <translation>Unvollständig: Das Einlesen wurde um %1 vor dem Ende abgebrochen. Größen, Alter und veraltete Summen zählen nur das Gelesene, und Bereinigen behält jedes Element, das nicht vollständig gelesen wurde.</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Erneut einlesen</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ScanStatus</name>
    <message>
        <source>Scan status</source>
        <translation>Einlesestatus</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Einlesefortschritt</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ScanWorker</name>
    <message>
        <source>%1 (error %2)</source>
        <translation>%1 (Fehler %2)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>is not a directory</source>
        <translation>ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>is a symbolic link loop</source>
        <translation>ist eine Schleife symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <source>path is too long</source>
        <translation>Pfad ist zu lang</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ScheduleDialog</name>
    <message>
        <source>tempscope-cli was not found beside this program or on the PATH: the timers run it, so there is nothing to install.</source>
        <translation>tempscope-cli wurde weder neben diesem Programm noch im PATH gefunden: Die Timer führen es aus, daher gibt es nichts zu installieren.</translation>
    </message>
    <message>
        <source>No schedule installed</source>
        <translation>Kein Zeitplan installiert</translation>
    </message>
    <message>
        <source>Scheduled: snapshots and cleanup (%1) every %2</source>
        <translation>Geplant: Momentaufnahmen und Bereinigung (%1) alle %2</translation>
    </message>
    <message>
        <source>Scheduled: snapshots every %1</source>
        <translation>Geplant: Momentaufnahmen alle %1</translation>
    </message>
    <message>
        <source>Schedule – Tempscope</source>
        <translation>Zeitplan – Tempscope</translation>
    </message>
    <message>
        <source>Take snapshots of the temp directories on a schedule, and optionally clean up with a saved profile as often. The system&apos;s scheduler runs them (systemd user timers), also while Tempscope is closed.</source>
        <translation>Nach einem Zeitplan Momentaufnahmen der temporären Verzeichnisse erstellen und auf Wunsch ebenso oft mit einem gespeicherten Profil bereinigen. Der Zeitplaner des Systems führt sie aus (systemd-Benutzer-Timer), auch wenn Tempscope geschlossen ist.</translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation>&amp;Ausführen:</translation>
    </message>
    <message>
        <source>e.g. 2h or 1d12h</source>
        <translation>z. B. 2h oder 1d12h</translation>
    </message>
    <message>
        <source>Any duration from %1 on: s, m, h, d, w, combined as in 1d12h</source>
        <translation>Jede Dauer ab %1: s, m, h, d, w, kombiniert wie in 1d12h</translation>
    </message>
    <message>
        <source>&amp;Clean up:</source>
        <translation>&amp;Bereinigen:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Stop the timers and delete their units</source>
        <translation>Die Timer anhalten und ihre Units löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>every 15 minutes</source>
        <translation>alle 15 Minuten</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>every 6 hours</source>
        <translation>alle 6 Stunden</translation>
    </message>
    <message>
        <source>every 12 hours</source>
        <translation>alle 12 Stunden</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>another interval:</source>
        <translation>anderes Intervall:</translation>
    </message>
    <message>
        <source>No, only take snapshots</source>
        <translation>Nein, nur Momentaufnahmen erstellen</translation>
    </message>
    <message>
        <source>With the saved profile “%1”</source>
        <translation>Mit dem gespeicherten Profil „%1“</translation>
    </message>
    <message>
        <source>No cleanup profile is saved yet: save one on the rules page of the cleanup wizard.</source>
        <translation>Es ist noch kein Bereinigungsprofil gespeichert: Speichern Sie eines auf der Regelseite des Bereinigungsassistenten.</translation>
    </message>
    <message>
        <source>Its rule runs as tempscope-cli clean on the default temp directories, as often as the snapshots.</source>
        <translation>Seine Regel läuft als tempscope-cli clean auf den standardmäßigen temporären Verzeichnissen, so oft wie die Momentaufnahmen.</translation>
    </message>
    <message>
        <source>Not an interval: %1</source>
        <translation>Kein Intervall: %1</translation>
    </message>
    <message>
        <source>Could not install the schedule: %1</source>
        <translation>Der Zeitplan konnte nicht installiert werden: %1</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Wird installiert…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Neither $XDG_CONFIG_HOME nor $HOME is set: there is no directory for the units.</source>
        <translation>Weder $XDG_CONFIG_HOME noch $HOME ist gesetzt: Es gibt kein Verzeichnis für die Units.</translation>
    </message>
    <message>
        <source>Not installed. The units would be written to %1.</source>
        <translation>Nicht installiert. Die Units würden nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Installed in %1:</source>
        <translation>Installiert in %1:</translation>
    </message>
    <message>
        <source>; active</source>
        <translation>; aktiv</translation>
    </message>
    <message>
        <source>; not active (%1)</source>
        <translation>; nicht aktiv (%1)</translation>
    </message>
    <message>
        <source>; next run %1</source>
        <translation>; nächste Ausführung %1</translation>
    </message>
    <message>
        <source>; last run %1</source>
        <translation>; letzte Ausführung %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>an unknown interval</source>
        <translation>unbekannter Dauer</translation>
    </message>
    <message>
        <source>Snapshots every %1</source>
        <translation>Momentaufnahmen im Abstand von %1</translation>
    </message>
    <message>
        <source>Cleanup with the profile “%1” every %2</source>
        <translation>Bereinigung mit dem Profil „%1“ im Abstand von %2</translation>
    </message>
    <message>
        <source>• Without a timer (it never runs): %1</source>
        <translation>• Ohne Timer (läuft nie): %1</translation>
    </message>
    <message>
        <source>systemd could not say whether the timers run: %1</source>
        <translation>systemd konnte nicht angeben, ob die Timer laufen: %1</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <source>Write the units for this interval and profile, and enable the timers with systemctl --user</source>
        <translation>Die Units für dieses Intervall und Profil schreiben und die Timer mit systemctl --user aktivieren</translation>
    </message>
    <message>
        <source>Installed and enabled: %1.</source>
        <translation>Installiert und aktiviert: %1.</translation>
    </message>
    <message>
        <source>Installed, but not running yet: %1</source>
        <translation>Installiert, aber noch nicht in Betrieb: %1</translation>
    </message>
    <message>
        <source>Could not remove the schedule: %1</source>
        <translation>Der Zeitplan konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Es war nichts installiert.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::TrackedFamiliesDialog</name>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Verfolgen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Tracked Families</source>
        <translation>Verfolgte Familien</translation>
    </message>
    <message>
        <source>Name the families of your own applications. A prefix such as &lt;tt&gt;myapp-&lt;/tt&gt; takes every name starting with it; a pattern such as &lt;tt&gt;upload_*.csv&lt;/tt&gt; uses &lt;tt&gt;*&lt;/tt&gt;, &lt;tt&gt;?&lt;/tt&gt; and &lt;tt&gt;[…]&lt;/tt&gt;. Tracked families win over the families Tempscope infers, and are listed even when no item belongs to them.</source>
        <translation>Benennen Sie die Familien Ihrer eigenen Anwendungen. Ein Präfix wie &lt;tt&gt;myapp-&lt;/tt&gt; erfasst jeden Namen, der damit beginnt; ein Muster wie &lt;tt&gt;upload_*.csv&lt;/tt&gt; verwendet &lt;tt&gt;*&lt;/tt&gt;, &lt;tt&gt;?&lt;/tt&gt; und &lt;tt&gt;[…]&lt;/tt&gt;. Verfolgte Familien haben Vorrang vor den von Tempscope erkannten und werden auch angezeigt, wenn kein Element zu ihnen gehört.</translation>
    </message>
    <message>
        <source>&amp;Prefix or pattern:</source>
        <translation>&amp;Präfix oder Muster:</translation>
    </message>
    <message>
        <source>myapp- or upload_*.csv</source>
        <translation>myapp- oder upload_*.csv</translation>
    </message>
    <message>
        <source>Prefix or pattern of the family to track</source>
        <translation>Präfix oder Muster der zu verfolgenden Familie</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Tracked &amp;families:</source>
        <translation>Verfolgte &amp;Familien:</translation>
    </message>
    <message>
        <source>Tracked families</source>
        <translation>Verfolgte Familien</translation>
    </message>
    <message>
        <source>%1 is already tracked.</source>
        <translation>%1 wird bereits verfolgt.</translation>
    </message>
    <message>
        <source>Tracks the family %1.</source>
        <translation>Verfolgt die Familie %1.</translation>
    </message>
    <message>
        <source>Tracks the family %1: 1 item in this location matches.</source>
        <translation>Verfolgt die Familie %1: 1 Element an diesem Ort passt.</translation>
    </message>
    <message numerus="yes">
        <source>Tracks the family %1: %n items in this location match.</source>
        <translation>
            <numerusform>Verfolgt die Familie %1: %n Element an diesem Ort passt.</numerusform>
            <numerusform>Verfolgt die Familie %1: %n Elemente an diesem Ort passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Your catalogue file could not be used: %1</source>
        <translation>Ihre Katalogdatei konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Known programs you added (%1):</source>
        <translation>Von Ihnen hinzugefügte bekannte Programme (%1):</translation>
    </message>
    <message>
        <source>Known programs: add your own in %1 (the layout of the built-in catalogue).</source>
        <translation>Bekannte Programme: Fügen Sie eigene in %1 hinzu (im Aufbau des eingebauten Katalogs).</translation>
    </message>
    <message>
        <source>Known programs you added</source>
        <translation>Von Ihnen hinzugefügte bekannte Programme</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::TrendsActions</name>
    <message>
        <source>T&amp;rends…</source>
        <translation>T&amp;rends…</translation>
    </message>
    <message>
        <source>Temp usage over time and what keeps growing (Ctrl+Shift+H)</source>
        <translation>Belegung der temporären Verzeichnisse im Zeitverlauf und was ständig wächst (Strg+Umschalt+H)</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::TrendsWindow</name>
    <message>
        <source>Trends – Tempscope</source>
        <translation>Trends – Tempscope</translation>
    </message>
    <message>
        <source>Take a snapshot after each scan</source>
        <translation>Nach jedem Einlesen eine Momentaufnahme erstellen</translation>
    </message>
    <message>
        <source>Record every finished scan in the history database %1</source>
        <translation>Jedes abgeschlossene Einlesen in der Verlaufsdatenbank %1 festhalten</translation>
    </message>
    <message>
        <source>Growing fastest (bytes per day, robust fit):</source>
        <translation>Am schnellsten wachsend (Bytes pro Tag, robuste Anpassung):</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Stammordner</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>All roots: total bytes</source>
        <translation>Alle Stammordner: Bytes insgesamt</translation>
    </message>
    <message>
        <source>%1: bytes per family</source>
        <translation>%1: Bytes pro Familie</translation>
    </message>
    <message>
        <source>No history to show: %1. Turn on &quot;Take a snapshot after each scan&quot; or run tempscope-cli snapshot.</source>
        <translation>Kein Verlauf anzuzeigen: %1. Schalten Sie „Nach jedem Einlesen eine Momentaufnahme erstellen“ ein oder führen Sie tempscope-cli snapshot aus.</translation>
    </message>
    <message>
        <source>The history database holds no snapshots yet.</source>
        <translation>Die Verlaufsdatenbank enthält noch keine Momentaufnahmen.</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Listed when at least %1 snapshots over at least %2 show a rise that is not noise (the fit&apos;s 95% confidence interval lies above zero) of at least %3 a day</source>
        <translation>Aufgeführt, wenn mindestens %1 Momentaufnahmen über mindestens %2 einen Anstieg von mindestens %3 pro Tag zeigen, der kein Rauschen ist (das 95-%-Konfidenzintervall der Anpassung liegt über null)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Schedule snapshots and cleanups…</source>
        <translation>Momentaufnahmen und Bereinigungen &amp;planen…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Zeitplan…</translation>
    </message>
    <message>
        <source>Take snapshots and clean up on a schedule the system runs (systemd user timers)</source>
        <translation>Momentaufnahmen erstellen und bereinigen nach einem Zeitplan, den das System ausführt (systemd-Benutzer-Timer)</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::UserGuide</name>
    <message>
        <source>Tempscope User Guide</source>
        <translation>Tempscope-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::playground</name>
    <message>
        <source>TemporaryFile: a file with no name</source>
        <translation>TemporaryFile: eine Datei ohne Namen</translation>
    </message>
    <message>
        <source>The most private temp file. Watch the inspector: nothing appears, because on Linux the file is opened with O_TMPFILE and never gets a name.</source>
        <translation>Die privateste temporäre Datei. Achten Sie auf den Inspektor: Nichts erscheint, denn unter Linux wird die Datei mit O_TMPFILE geöffnet und erhält nie einen Namen.</translation>
    </message>
    <message>
        <source>NamedTemporaryFile: a name others can use</source>
        <translation>NamedTemporaryFile: ein Name, den andere nutzen können</translation>
    </message>
    <message>
        <source>Now a file that does appear, mode 0600, prefix and suffix as asked. The inspector lists it.</source>
        <translation>Jetzt eine Datei, die erscheint: Modus 0600, Präfix und Suffix wie gewünscht. Der Inspektor listet sie auf.</translation>
    </message>
    <message>
        <source>Pitfall: forgetting seek(0)</source>
        <translation>Falle: seek(0) vergessen</translation>
    </message>
    <message>
        <source>Write, then read: the read comes back empty, because the position is at the end of what was written.</source>
        <translation>Schreiben, dann lesen: Das Lesen liefert nichts, denn die Position steht am Ende des Geschriebenen.</translation>
    </message>
    <message>
        <source>seek(0), then read</source>
        <translation>seek(0), dann lesen</translation>
    </message>
    <message>
        <source>Rewind first, and the data is there.</source>
        <translation>Erst zurückspulen, und die Daten sind da.</translation>
    </message>
    <message>
        <source>close() removes a NamedTemporaryFile</source>
        <translation>close() entfernt eine NamedTemporaryFile</translation>
    </message>
    <message>
        <source>With the defaults (delete=True, delete_on_close=True) closing the file removes it: watch its row vanish from the inspector.</source>
        <translation>Mit den Standardwerten (delete=True, delete_on_close=True) entfernt das Schließen die Datei: Ihre Zeile verschwindet aus dem Inspektor.</translation>
    </message>
    <message>
        <source>...and gone at the end of the block</source>
        <translation>…und am Ende des Blocks verschwunden</translation>
    </message>
    <message>
        <source>Leave the block: now the file is removed.</source>
        <translation>Verlassen Sie den Block: Jetzt wird die Datei entfernt.</translation>
    </message>
    <message>
        <source>SpooledTemporaryFile: memory first</source>
        <translation>SpooledTemporaryFile: zuerst im Speicher</translation>
    </message>
    <message>
        <source>max_size=30: 30 bytes stay in memory, the 31st byte rolls the data over to a real file.</source>
        <translation>max_size=30: 30 Bytes bleiben im Speicher, das 31. Byte lagert die Daten in eine echte Datei aus.</translation>
    </message>
    <message>
        <source>TemporaryDirectory: a workspace</source>
        <translation>TemporaryDirectory: ein Arbeitsbereich</translation>
    </message>
    <message>
        <source>A directory with two files inside; leaving the block removes all of it.</source>
        <translation>Ein Verzeichnis mit zwei Dateien darin; das Verlassen des Blocks entfernt alles.</translation>
    </message>
    <message>
        <source>...cleaned up in one go</source>
        <translation>…in einem Zug aufgeräumt</translation>
    </message>
    <message>
        <source>Leave the block and watch the directory go.</source>
        <translation>Verlassen Sie den Block und sehen Sie zu, wie das Verzeichnis verschwindet.</translation>
    </message>
    <message>
        <source>Pitfall: forgetting flush()</source>
        <translation>Falle: flush() vergessen</translation>
    </message>
    <message>
        <source>The Windows reopen rule</source>
        <translation>Die Windows-Regel zum erneuten Öffnen</translation>
    </message>
    <message>
        <source>On Windows a NamedTemporaryFile that deletes on close cannot be opened again by name while open. Here you see who holds it open.</source>
        <translation>Unter Windows kann eine NamedTemporaryFile, die beim Schließen gelöscht wird, nicht erneut über ihren Namen geöffnet werden, solange sie offen ist. Hier sehen Sie, wer sie geöffnet hält.</translation>
    </message>
    <message>
        <source>Pitfall: a crash before cleanup</source>
        <translation>Falle: ein Absturz vor dem Aufräumen</translation>
    </message>
    <message>
        <source>A helper program makes temp files and directories and is killed before it can clean up. The orphans appear in the inspector, in their family.</source>
        <translation>Ein Hilfsprogramm legt temporäre Dateien und Verzeichnisse an und wird beendet, bevor es aufräumen kann. Die Überbleibsel erscheinen im Inspektor, in ihrer Familie.</translation>
    </message>
    <message>
        <source>delete_on_close=False (3.12+)</source>
        <translation>delete_on_close=False (3.12+)</translation>
    </message>
    <message>
        <source>Needs Python 3.12+, which added delete_on_close: the file survives close() and goes only when the with block ends.</source>
        <translation>Braucht Python 3.12+, das delete_on_close eingeführt hat: Die Datei übersteht close() und verschwindet erst am Ende des with-Blocks.</translation>
    </message>
    <message>
        <source>A second process reads the file right after the write: it sees nothing, because the data is still in this process&apos;s buffer.</source>
        <translation>Ein zweiter Prozess liest die Datei direkt nach dem Schreiben: Er sieht nichts, weil die Daten noch im Puffer dieses Prozesses liegen.</translation>
    </message>
    <message>
        <source>flush(), then read again</source>
        <translation>flush(), dann erneut lesen</translation>
    </message>
    <message>
        <source>Flush: the buffered bytes go to the OS, and the second process reads them now.</source>
        <translation>Flush: Die gepufferten Bytes gehen an das Betriebssystem, und der zweite Prozess liest sie jetzt.</translation>
    </message>
    <message>
        <source>Text mode: str in, str out</source>
        <translation>Textmodus: str hinein, str heraus</translation>
    </message>
    <message>
        <source>mode=&quot;w+&quot;, encoding=&quot;utf-8&quot;: write str, read str, newlines translated. Then the wrong type: bytes to a text file raise TypeError, as str to a binary one does.</source>
        <translation>mode=&quot;w+&quot;, encoding=&quot;utf-8&quot;: str schreiben, str lesen, Zeilenenden werden umgewandelt. Dann der falsche Typ: bytes in eine Textdatei lösen TypeError aus, genau wie str in eine Binärdatei.</translation>
    </message>
    <message>
        <source>delete=False: hand the file to another program</source>
        <translation>delete=False: die Datei an ein anderes Programm übergeben</translation>
    </message>
    <message>
        <source>The tutorials&apos; recipe: write, let the block close the file, another program reads the path, and finally removes it. Watch the other process&apos;s answer.</source>
        <translation>Das Rezept der Tutorials: schreiben, den Block die Datei schließen lassen, ein anderes Programm liest den Pfad, und finally entfernt sie. Achten Sie auf die Antwort des anderen Prozesses.</translation>
    </message>
    <message>
        <source>The spool&apos;s name</source>
        <translation>Der Name des Spools</translation>
    </message>
    <message>
        <source>Used as a BytesIO, a spool has no name (None). After the rollover its name is a descriptor number, not a path.</source>
        <translation>Solange er als BytesIO dient, hat ein Spool keinen Namen (None). Nach dem Auslagern ist sein Name eine Deskriptornummer, kein Pfad.</translation>
    </message>
    <message>
        <source>An exception inside the block</source>
        <translation>Eine Ausnahme im Block</translation>
    </message>
    <message>
        <source>A RuntimeError ends the with block early. Is the directory still removed? Watch the inspector.</source>
        <translation>Ein RuntimeError beendet den with-Block vorzeitig. Wird das Verzeichnis trotzdem entfernt? Achten Sie auf den Inspektor.</translation>
    </message>
    <message>
        <source>mkstemp and mkdtemp: yours to remove</source>
        <translation>mkstemp und mkdtemp: Entfernen ist Ihre Sache</translation>
    </message>
    <message>
        <source>The low-level functions clean up nothing: os.fdopen and os.remove, shutil.rmtree, each in try/finally.</source>
        <translation>Die Low-Level-Funktionen räumen nichts auf: os.fdopen und os.remove, shutil.rmtree, jeweils in try/finally.</translation>
    </message>
    <message>
        <source>Guessable names vs mkstemp</source>
        <translation>Erratbare Namen vs. mkstemp</translation>
    </message>
    <message>
        <source>Another process takes a guessable name first. A plain open() walks into its trap; mkstemp refuses the name and picks another.</source>
        <translation>Ein anderer Prozess belegt zuerst einen erratbaren Namen. Ein einfaches open() tappt in seine Falle; mkstemp lehnt den Namen ab und wählt einen anderen.</translation>
    </message>
    <message>
        <source>gettempdir() and TMPDIR</source>
        <translation>gettempdir() und TMPDIR</translation>
    </message>
    <message>
        <source>Another process started with TMPDIR set finds its temp directory there; this one keeps the answer it worked out first.</source>
        <translation>Ein anderer Prozess, der mit gesetztem TMPDIR gestartet wurde, findet sein temporäres Verzeichnis dort; dieser hier behält die Antwort, die er zuerst ermittelt hat.</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::playground::LiveObjectsModel</name>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>no name (rolled over to a TemporaryFile)</source>
        <translation>kein Name (in eine TemporaryFile ausgelagert)</translation>
    </message>
    <message>
        <source>no name (in memory)</source>
        <translation>kein Name (im Speicher)</translation>
    </message>
    <message>
        <source>%1 on disk</source>
        <translation>%1 auf dem Datenträger</translation>
    </message>
    <message>
        <source>%1 in memory</source>
        <translation>%1 im Speicher</translation>
    </message>
    <message>
        <source>(+%1 buffered)</source>
        <translation>(+%1 gepuffert)</translation>
    </message>
    <message>
        <source>The block that made it has ended.</source>
        <translation>Der Block, der es erzeugt hat, ist beendet.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::playground::PlaygroundSession</name>
    <message>
        <source>exists</source>
        <translation>existiert</translation>
    </message>
    <message>
        <source>left behind</source>
        <translation>zurückgelassen</translation>
    </message>
    <message>
        <source>open · in memory</source>
        <translation>offen · im Speicher</translation>
    </message>
    <message>
        <source>open · name removed</source>
        <translation>offen · Name entfernt</translation>
    </message>
    <message>
        <source>open · descriptor leaked</source>
        <translation>offen · Deskriptor nicht freigegeben</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>rolled over · on disk</source>
        <translation>ausgelagert · auf dem Datenträger</translation>
    </message>
    <message>
        <source>closed · file kept</source>
        <translation>geschlossen · Datei bleibt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing appears in the listing: the file was opened with O_TMPFILE and has no name at all. Its name is just the descriptor number (%1). It vanishes on close, even if the process is killed.</source>
        <translation>In der Auflistung erscheint nichts: Die Datei wurde mit O_TMPFILE geöffnet und hat gar keinen Namen. Ihr Name ist nur die Deskriptornummer (%1). Sie verschwindet beim Schließen, auch wenn der Prozess beendet wird.</translation>
    </message>
    <message>
        <source>Nothing appears in the listing: this file system has no O_TMPFILE, so the file was created with a name and unlinked at once. A crash between the two would leave it behind.</source>
        <translation>In der Auflistung erscheint nichts: Dieses Dateisystem kennt kein O_TMPFILE, daher wurde die Datei mit Namen angelegt und sofort gelöscht. Ein Absturz dazwischen würde sie zurücklassen.</translation>
    </message>
    <message>
        <source>On Windows a TemporaryFile is a named file opened with O_TEMPORARY: it is visible while open and the system deletes it on the last close.</source>
        <translation>Unter Windows ist eine TemporaryFile eine benannte Datei, geöffnet mit O_TEMPORARY: Sie ist sichtbar, solange sie offen ist, und das System löscht sie beim letzten Schließen.</translation>
    </message>
    <message>
        <source>%1 appears in the listing (%2). </source>
        <translation>%1 erscheint in der Auflistung (%2). </translation>
    </message>
    <message>
        <source>delete=False: it stays after close and after the block; removing it is your job.</source>
        <translation>delete=False: Sie bleibt nach close() und nach dem Block bestehen; das Entfernen ist Ihre Aufgabe.</translation>
    </message>
    <message>
        <source>delete=True, delete_on_close=True (the defaults): close() removes it.</source>
        <translation>delete=True, delete_on_close=True (die Standardwerte): close() entfernt sie.</translation>
    </message>
    <message>
        <source>delete_on_close=False: it survives close() and goes when the block ends.</source>
        <translation>delete_on_close=False: Sie übersteht close() und verschwindet am Ende des Blocks.</translation>
    </message>
    <message>
        <source>Nothing on disk yet: the data stays in memory until a write leaves the position above max_size=%1, that is at byte %2. Then it rolls over to a real TemporaryFile.</source>
        <translation>Noch nichts auf dem Datenträger: Die Daten bleiben im Speicher, bis ein Schreibvorgang die Position über max_size=%1 bringt, also bei Byte %2. Dann werden sie in eine echte TemporaryFile ausgelagert.</translation>
    </message>
    <message>
        <source>%1 appears (%2). Leaving the block removes it with everything inside.</source>
        <translation>%1 erscheint (%2). Das Verlassen des Blocks entfernt es samt Inhalt.</translation>
    </message>
    <message>
        <source>%1 appears (%2) and descriptor %3 is open. mkstemp cleans up nothing: closing the descriptor and removing the file are yours.</source>
        <translation>%1 erscheint (%2) und Deskriptor %3 ist offen. mkstemp räumt nichts auf: Den Deskriptor schließen und die Datei entfernen müssen Sie selbst.</translation>
    </message>
    <message>
        <source>%1 appears (%2). mkdtemp cleans up nothing: remove it yourself (shutil.rmtree).</source>
        <translation>%1 erscheint (%2). mkdtemp räumt nichts auf: Entfernen Sie es selbst (shutil.rmtree).</translation>
    </message>
    <message>
        <source>Rolled over at byte %1: the position passed max_size=%2, so the %3 in memory moved to a real TemporaryFile (descriptor %4). Reading and writing go on at byte %1.</source>
        <translation>Bei Byte %1 ausgelagert: Die Position hat max_size=%2 überschritten, daher wurden die %3 aus dem Speicher in eine echte TemporaryFile verschoben (Deskriptor %4). Lesen und Schreiben gehen bei Byte %1 weiter.</translation>
    </message>
    <message>
        <source>Written to the TemporaryFile behind the spool; the position is now %1.</source>
        <translation>In die TemporaryFile hinter dem Spool geschrieben; die Position ist jetzt %1.</translation>
    </message>
    <message numerus="yes">
        <source>Still in memory: the position is %1, not above max_size=%2. One byte more than %2 rolls it over.</source>
        <translation>
            <numerusform>Noch im Speicher: Die Position ist %1, nicht über max_size=%2. Ein Byte mehr als %2 lagert die Daten aus.</numerusform>
            <numerusform>Noch im Speicher: Die Position ist %1, nicht über max_size=%2. Ein Byte mehr als %2 lagert die Daten aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still in memory (%1): max_size=0 never rolls over on writes.</source>
        <translation>Noch im Speicher (%1): Mit max_size=0 wird beim Schreiben nie ausgelagert.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) went into the file object&apos;s buffer, not to the file yet: other processes see them after flush() or close().</source>
        <translation>
            <numerusform>%n Byte ging in den Puffer des Dateiobjekts, noch nicht in die Datei: Andere Prozesse sehen es nach flush() oder close().</numerusform>
            <numerusform>%n Bytes gingen in den Puffer des Dateiobjekts, noch nicht in die Datei: Andere Prozesse sehen sie nach flush() oder close().</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>os.write() is unbuffered: the %n byte(s) are in the file at once.</source>
        <translation>
            <numerusform>os.write() ist ungepuffert: Das %n Byte ist sofort in der Datei.</numerusform>
            <numerusform>os.write() ist ungepuffert: Die %n Bytes sind sofort in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>seek(0) moved the position to the start, so read() returned all %n byte(s): %1</source>
        <translation>
            <numerusform>seek(0) hat die Position an den Anfang gesetzt, daher lieferte read() alle %n Byte: %1</numerusform>
            <numerusform>seek(0) hat die Position an den Anfang gesetzt, daher lieferte read() alle %n Bytes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>read returned nothing: the position is at the end (byte %1) after the write. seek(0) first, then read.</source>
        <translation>read lieferte nichts: Die Position steht nach dem Schreiben am Ende (Byte %1). Erst seek(0), dann lesen.</translation>
    </message>
    <message numerus="yes">
        <source>read() started at byte %1 and returned %n byte(s): %2</source>
        <translation>
            <numerusform>read() begann bei Byte %1 und lieferte %n Byte: %2</numerusform>
            <numerusform>read() begann bei Byte %1 und lieferte %n Bytes: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: the data lives in this process&apos;s memory, where no other process can see it.</source>
        <translation>Nichts zu tun: Die Daten liegen im Speicher dieses Prozesses, wo kein anderer Prozess sie sehen kann.</translation>
    </message>
    <message>
        <source>os.write() has no buffer: the data was in the file already.</source>
        <translation>os.write() hat keinen Puffer: Die Daten waren schon in der Datei.</translation>
    </message>
    <message numerus="yes">
        <source>flush() handed the %n buffered byte(s) to the OS: another process reading the file now sees them.</source>
        <translation>
            <numerusform>flush() hat das %n gepufferte Byte an das Betriebssystem übergeben: Ein anderer Prozess, der die Datei jetzt liest, sieht es.</numerusform>
            <numerusform>flush() hat die %n gepufferten Bytes an das Betriebssystem übergeben: Ein anderer Prozess, der die Datei jetzt liest, sieht sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The buffer was empty: everything written had reached the OS already.</source>
        <translation>Der Puffer war leer: Alles Geschriebene war schon beim Betriebssystem angekommen.</translation>
    </message>
    <message>
        <source>Closed and gone: a TemporaryFile has no name to keep, so its last descriptor took the data with it.</source>
        <translation>Geschlossen und weg: Eine TemporaryFile hat keinen Namen, der bleiben könnte, daher nahm ihr letzter Deskriptor die Daten mit.</translation>
    </message>
    <message>
        <source>The file survived close: delete=False. Nothing will remove it but you.</source>
        <translation>Die Datei hat close() überstanden: delete=False. Nur Sie selbst können sie entfernen.</translation>
    </message>
    <message>
        <source>close() removed the file: delete_on_close=True (the default).</source>
        <translation>close() hat die Datei entfernt: delete_on_close=True (der Standard).</translation>
    </message>
    <message>
        <source>The file survived close: delete_on_close=False. It goes when the block ends.</source>
        <translation>Die Datei hat close() überstanden: delete_on_close=False. Sie verschwindet am Ende des Blocks.</translation>
    </message>
    <message>
        <source>Closed: the TemporaryFile behind the spool closed and is gone.</source>
        <translation>Geschlossen: Die TemporaryFile hinter dem Spool wurde geschlossen und ist weg.</translation>
    </message>
    <message>
        <source>Closed: the memory was released. Nothing ever touched the disk.</source>
        <translation>Geschlossen: Der Speicher wurde freigegeben. Der Datenträger wurde nie berührt.</translation>
    </message>
    <message>
        <source>The descriptor is closed; the file stays. mkstemp never removes anything.</source>
        <translation>Der Deskriptor ist geschlossen; die Datei bleibt. mkstemp entfernt nie etwas.</translation>
    </message>
    <message>
        <source>Already closed: __exit__ had nothing left to do.</source>
        <translation>Schon geschlossen: __exit__ hatte nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>__exit__ closed it, and with it the data is gone.</source>
        <translation>__exit__ hat es geschlossen, und damit sind die Daten weg.</translation>
    </message>
    <message>
        <source>delete=False: the block ended and the file is still there. This is how temp files pile up when nobody removes them.</source>
        <translation>delete=False: Der Block ist beendet und die Datei ist noch da. So sammeln sich temporäre Dateien an, wenn niemand sie entfernt.</translation>
    </message>
    <message>
        <source>__exit__ closed the file and removed it (delete=True).</source>
        <translation>__exit__ hat die Datei geschlossen und entfernt (delete=True).</translation>
    </message>
    <message>
        <source>__exit__ found the file already gone and did not complain.</source>
        <translation>__exit__ fand die Datei bereits entfernt vor und hat sich nicht beschwert.</translation>
    </message>
    <message numerus="yes">
        <source>cleanup() removed the directory with everything in it (%n file(s) added).</source>
        <translation>
            <numerusform>cleanup() hat das Verzeichnis samt Inhalt entfernt (%n Datei hinzugefügt).</numerusform>
            <numerusform>cleanup() hat das Verzeichnis samt Inhalt entfernt (%n Dateien hinzugefügt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing happened: the file stays and descriptor %1 is still open (leaked until the process ends). With mkstemp, write try/finally with os.close and os.remove.</source>
        <translation>Nichts ist passiert: Die Datei bleibt und Deskriptor %1 ist noch offen (bis zum Prozessende nicht freigegeben). Schreiben Sie bei mkstemp ein try/finally mit os.close und os.remove.</translation>
    </message>
    <message>
        <source>Nothing happened: the directory stays. With mkdtemp, remove it yourself in a finally block.</source>
        <translation>Nichts ist passiert: Das Verzeichnis bleibt. Entfernen Sie es bei mkdtemp selbst in einem finally-Block.</translation>
    </message>
    <message>
        <source>end of %1&apos;s block</source>
        <translation>Ende des Blocks von %1</translation>
    </message>
    <message>
        <source>remove %1 by hand</source>
        <translation>%1 von Hand entfernen</translation>
    </message>
    <message>
        <source>Removed inside the block. That is fine (Python 3.12+): __exit__ will find it gone and carry on. The open descriptor still reads and writes the now nameless file.</source>
        <translation>Innerhalb des Blocks entfernt. Das ist in Ordnung (Python 3.12+): __exit__ findet es nicht mehr vor und macht weiter. Der offene Deskriptor liest und schreibt weiter die nun namenlose Datei.</translation>
    </message>
    <message>
        <source>Removed by hand; cleanup() at the end of the block will have nothing to do.</source>
        <translation>Von Hand entfernt; cleanup() am Ende des Blocks hat nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>Removed: with mkstemp and mkdtemp this is the step nobody may forget.</source>
        <translation>Entfernt: Bei mkstemp und mkdtemp ist das der Schritt, den niemand vergessen darf.</translation>
    </message>
    <message>
        <source>add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>%1 is inside the directory now: leaving the block removes it too.</source>
        <translation>%1 liegt jetzt im Verzeichnis: Das Verlassen des Blocks entfernt es ebenfalls.</translation>
    </message>
    <message>
        <source>%1 is inside; nothing will remove it unless you do.</source>
        <translation>%1 liegt darin; nichts entfernt es, außer Sie tun es.</translation>
    </message>
    <message>
        <source>who has %1 open?</source>
        <translation>Wer hat %1 geöffnet?</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>the file is gone</source>
        <translation>die Datei ist weg</translation>
    </message>
    <message>
        <source>nobody (not open)</source>
        <translation>niemand (nicht geöffnet)</translation>
    </message>
    <message>
        <source>it opened again</source>
        <translation>es ließ sich erneut öffnen</translation>
    </message>
    <message>
        <source>it could not be opened: %1</source>
        <translation>es ließ sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The other process could not read %1: %2</source>
        <translation>Der andere Prozess konnte %1 nicht lesen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Another process opened %1 and saw %n byte(s): %2.</source>
        <translation>
            <numerusform>Ein anderer Prozess hat %1 geöffnet und %n Byte gesehen: %2.</numerusform>
            <numerusform>Ein anderer Prozess hat %1 geöffnet und %n Bytes gesehen: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n byte(s) written are still in %1&apos;s buffer inside this process: flush() before another process reads.</source>
        <translation>
            <numerusform>Das zuletzt geschriebene %n Byte liegt noch im Puffer von %1 in diesem Prozess: Rufen Sie flush() auf, bevor ein anderer Prozess liest.</numerusform>
            <numerusform>Die zuletzt geschriebenen %n Bytes liegen noch im Puffer von %1 in diesem Prozess: Rufen Sie flush() auf, bevor ein anderer Prozess liest.</numerusform>
        </translation>
    </message>
    <message>
        <source>another process reads %1</source>
        <translation>ein anderer Prozess liest %1</translation>
    </message>
    <message>
        <source>The helper program %1 could not start: %2</source>
        <translation>Das Hilfsprogramm %1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>Pitfall: forgetting seek(0)</source>
        <translation>Falle: seek(0) vergessen</translation>
    </message>
    <message>
        <source>Now press “seek(0) + read” on %1 to see the data.</source>
        <translation>Drücken Sie jetzt „seek(0) + lesen“ bei %1, um die Daten zu sehen.</translation>
    </message>
    <message>
        <source>Pitfall: forgetting flush(). %1 wrote %2 and handed the path to another process without flushing.</source>
        <translation>Falle: flush() vergessen. %1 hat %2 geschrieben und den Pfad ohne flush an einen anderen Prozess übergeben.</translation>
    </message>
    <message>
        <source>Pitfall: a crash before cleanup</source>
        <translation>Falle: ein Absturz vor dem Aufräumen</translation>
    </message>
    <message numerus="yes">
        <source>The helper made temp files with NamedTemporaryFile and directories with mkdtemp, then was killed (SIGKILL). No __exit__, no finally ran: %n path(s) stayed behind in the playground: %1. The inspector lists them in the family %2*. They are new, so a 7-day rule keeps them for now; with a 0s threshold they are stale and the cleanup wizard removes them.</source>
        <translation>
            <numerusform>Das Hilfsprogramm hat temporäre Dateien mit NamedTemporaryFile und Verzeichnisse mit mkdtemp angelegt und wurde dann beendet (SIGKILL). Weder __exit__ noch finally liefen: %n Pfad blieb im Playground zurück: %1. Der Inspektor listet ihn in der Familie %2*. Er ist neu, daher behält ihn eine 7-Tage-Regel vorerst; mit dem Schwellwert 0s ist er veraltet und der Bereinigungsassistent entfernt ihn.</numerusform>
            <numerusform>Das Hilfsprogramm hat temporäre Dateien mit NamedTemporaryFile und Verzeichnisse mit mkdtemp angelegt und wurde dann beendet (SIGKILL). Weder __exit__ noch finally liefen: %n Pfade blieben im Playground zurück: %1. Der Inspektor listet sie in der Familie %2*. Sie sind neu, daher behält sie eine 7-Tage-Regel vorerst; mit dem Schwellwert 0s sind sie veraltet und der Bereinigungsassistent entfernt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>max_size=0: writes never roll it over, however much you write; fileno(), rollover() or truncate(n) with n &gt; 0 move it to disk.</source>
        <translation>max_size=0: Schreiben lagert sie nie aus, egal wie viel Sie schreiben; fileno(), rollover() oder truncate(n) mit n &gt; 0 bringen sie auf den Datenträger.</translation>
    </message>
    <message>
        <source>Removed by hand after the block: nothing else would have removed it.</source>
        <translation>Nach dem Block von Hand entfernt: Sonst hätte sie niemand entfernt.</translation>
    </message>
    <message>
        <source>Removed inside the block. With delete=False that is your job; the end of the block will not touch the file.</source>
        <translation>Innerhalb des Blocks entfernt. Mit delete=False ist das Ihre Aufgabe; das Ende des Blocks rührt die Datei nicht an.</translation>
    </message>
    <message>
        <source>The write did not fit in the buffer (%1, the file&apos;s block size), so Python handed it to the OS at once: other processes see it now.</source>
        <translation>Das Geschriebene passte nicht in den Puffer (%1, die Blockgröße der Datei), also hat Python es sofort an das Betriebssystem übergeben: Andere Prozesse sehen es jetzt.</translation>
    </message>
    <message numerus="yes">
        <source>The write did not fit in the buffer (%1, the file&apos;s block size): Python handed what the buffer held to the OS, and these %n byte(s) wait in the buffer until flush() or close().</source>
        <translation>
            <numerusform>Das Geschriebene passte nicht in den Puffer (%1, die Blockgröße der Datei): Python hat den Pufferinhalt an das Betriebssystem übergeben, und dieses %n Byte wartet im Puffer bis flush() oder close().</numerusform>
            <numerusform>Das Geschriebene passte nicht in den Puffer (%1, die Blockgröße der Datei): Python hat den Pufferinhalt an das Betriebssystem übergeben, und diese %n Bytes warten im Puffer bis flush() oder close().</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows: a NamedTemporaryFile with delete_on_close=True is opened with O_TEMPORARY, and nobody can open it again by name while it is open (PermissionError). Close it first, or create it with delete=False, close it, hand the path on and remove it yourself.</source>
        <translation>Windows: Eine NamedTemporaryFile mit delete_on_close=True wird mit O_TEMPORARY geöffnet, und niemand kann sie über ihren Namen erneut öffnen, solange sie offen ist (PermissionError). Schließen Sie sie zuerst, oder legen Sie sie mit delete=False an, schließen Sie sie, geben Sie den Pfad weiter und entfernen Sie sie selbst.</translation>
    </message>
    <message>
        <source>Opening it again by name works on Windows too: only delete=True with delete_on_close=True refuses that.</source>
        <translation>Erneutes Öffnen über den Namen klappt auch unter Windows: Nur delete=True mit delete_on_close=True verweigert das.</translation>
    </message>
    <message>
        <source>On Linux its mode %1 lets only its owner (and root) open it again.</source>
        <translation>Unter Linux erlaubt ihr Modus %1 nur ihrem Eigentümer (und root), sie erneut zu öffnen.</translation>
    </message>
    <message>
        <source>On Linux its mode %1 lets others open it again too.</source>
        <translation>Unter Linux erlaubt ihr Modus %1 auch anderen, sie erneut zu öffnen.</translation>
    </message>
    <message>
        <source>Tempscope&apos;s in-use detection sees who holds it: %1. A cleanup keeps files that are in use.</source>
        <translation>Die Benutzungserkennung von Tempscope sieht, wer sie hält: %1. Eine Bereinigung behält Dateien, die in Benutzung sind.</translation>
    </message>
    <message>
        <source>%1 appears (%2). delete=False (Python 3.12+): leaving the block keeps it; removing it (shutil.rmtree) is your job.</source>
        <translation>%1 erscheint (%2). delete=False (Python 3.12+): Das Verlassen des Blocks behält es; das Entfernen (shutil.rmtree) ist Ihre Aufgabe.</translation>
    </message>
    <message>
        <source>Removed inside the block. With delete=False that is your job; the end of the block will not touch the directory.</source>
        <translation>Innerhalb des Blocks entfernt. Mit delete=False ist das Ihre Aufgabe; das Ende des Blocks rührt das Verzeichnis nicht an.</translation>
    </message>
    <message>
        <source>TypeError: %1. os.write() on %2&apos;s descriptor takes bytes: encode the text first.</source>
        <translation>TypeError: %1. os.write() auf dem Deskriptor von %2 nimmt bytes: Kodieren Sie den Text zuerst.</translation>
    </message>
    <message>
        <source>TypeError: %1. %2 is a text file (mode=&quot;w+&quot;): it takes str and encodes it as UTF-8; bytes need a binary file.</source>
        <translation>TypeError: %1. %2 ist eine Textdatei (mode=&quot;w+&quot;): Sie nimmt str und kodiert es als UTF-8; bytes brauchen eine Binärdatei.</translation>
    </message>
    <message>
        <source>TypeError: %1. %2 is a binary file (Python&apos;s default mode &quot;w+b&quot;): it takes bytes. Encode the text, or pass mode=&quot;w+&quot;, encoding=&quot;utf-8&quot;.</source>
        <translation>TypeError: %1. %2 ist eine Binärdatei (Pythons Standardmodus &quot;w+b&quot;): Sie nimmt bytes. Kodieren Sie den Text oder übergeben Sie mode=&quot;w+&quot;, encoding=&quot;utf-8&quot;.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>RuntimeError inside %1&apos;s block</source>
        <translation>RuntimeError im Block von %1</translation>
    </message>
    <message numerus="yes">
        <source>UnicodeDecodeError: the %n byte(s) read are not UTF-8.</source>
        <translation>
            <numerusform>UnicodeDecodeError: Das gelesene %n Byte ist kein UTF-8.</numerusform>
            <numerusform>UnicodeDecodeError: Die gelesenen %n Bytes sind kein UTF-8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read() returned str, %n character(s): %1. On disk: %2. Newlines were translated (newline=None): &quot;\r\n&quot; and &quot;\r&quot; read as &quot;\n&quot;; writing &quot;\n&quot; gives os.linesep.</source>
        <translation>
            <numerusform>read() lieferte str, %n Zeichen: %1. Auf dem Datenträger: %2. Zeilenenden wurden umgewandelt (newline=None): &quot;\r\n&quot; und &quot;\r&quot; werden als &quot;\n&quot; gelesen; das Schreiben von &quot;\n&quot; ergibt os.linesep.</numerusform>
            <numerusform>read() lieferte str, %n Zeichen: %1. Auf dem Datenträger: %2. Zeilenenden wurden umgewandelt (newline=None): &quot;\r\n&quot; und &quot;\r&quot; werden als &quot;\n&quot; gelesen; das Schreiben von &quot;\n&quot; ergibt os.linesep.</numerusform>
        </translation>
    </message>
    <message>
        <source>RuntimeError(&quot;%1&quot;) left the block, and %2 is still there: what the end of the block keeps (delete=False), an exception keeps too.</source>
        <translation>RuntimeError(&quot;%1&quot;) hat den Block verlassen, und %2 ist noch da: Was das Ende des Blocks behält (delete=False), behält auch eine Ausnahme.</translation>
    </message>
    <message>
        <source>RuntimeError(&quot;%1&quot;) left the block, and __exit__ ran on the way out: %2 is gone. An exception does not skip the cleanup; only a killed process does (see the crash pitfall).</source>
        <translation>RuntimeError(&quot;%1&quot;) hat den Block verlassen, und __exit__ lief dabei: %2 ist weg. Eine Ausnahme überspringt das Aufräumen nicht; nur ein gewaltsam beendeter Prozess tut das (siehe die Absturz-Falle).</translation>
    </message>
    <message>
        <source>A tutorial says a TemporaryDirectory &quot;survives because context exited with error&quot;: it does not.</source>
        <translation>Ein Tutorial behauptet, ein TemporaryDirectory „überlebe, weil der Kontext mit einem Fehler verlassen wurde“: Das stimmt nicht.</translation>
    </message>
    <message numerus="yes">
        <source>delete=False: the block ended and the directory is still there, with the %n file(s) added. Remove it yourself (shutil.rmtree).</source>
        <translation>
            <numerusform>delete=False: Der Block ist beendet und das Verzeichnis ist noch da, mit der %n hinzugefügten Datei. Entfernen Sie es selbst (shutil.rmtree).</numerusform>
            <numerusform>delete=False: Der Block ist beendet und das Verzeichnis ist noch da, mit den %n hinzugefügten Dateien. Entfernen Sie es selbst (shutil.rmtree).</numerusform>
        </translation>
    </message>
    <message>
        <source>Text mode: str in, str out</source>
        <translation>Textmodus: str hinein, str heraus</translation>
    </message>
    <message>
        <source>mode=&quot;w+&quot;, encoding=&quot;utf-8&quot; makes a text file: write() takes str and read() gives str. The default mode &quot;w+b&quot; takes and gives bytes.</source>
        <translation>mode=&quot;w+&quot;, encoding=&quot;utf-8&quot; erzeugt eine Textdatei: write() nimmt str und read() liefert str. Der Standardmodus &quot;w+b&quot; nimmt und liefert bytes.</translation>
    </message>
    <message numerus="yes">
        <source>The other tool read %1 and saw all %n byte(s): the end of the with block closed the file, and closing flushes.</source>
        <translation>
            <numerusform>Das andere Werkzeug hat %1 gelesen und alles gesehen (%n Byte): Das Ende des with-Blocks hat die Datei geschlossen, und Schließen leert den Puffer.</numerusform>
            <numerusform>Das andere Werkzeug hat %1 gelesen und alle %n Bytes gesehen: Das Ende des with-Blocks hat die Datei geschlossen, und Schließen leert den Puffer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The other tool could not read %1: %2</source>
        <translation>Das andere Werkzeug konnte %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>The delete=False hand-off</source>
        <translation>Die Übergabe mit delete=False</translation>
    </message>
    <message>
        <source>delete=False keeps the file when the block closes it, so another program can open it by name, on Windows too.</source>
        <translation>delete=False behält die Datei, wenn der Block sie schließt, sodass ein anderes Programm sie über ihren Namen öffnen kann, auch unter Windows.</translation>
    </message>
    <message>
        <source>finally removed it (missing_ok=True: no error had it been gone already): nothing is left behind.</source>
        <translation>finally hat sie entfernt (missing_ok=True: kein Fehler, falls sie schon weg gewesen wäre): Nichts bleibt zurück.</translation>
    </message>
    <message>
        <source>It is still there: the finally did not remove it.</source>
        <translation>Sie ist noch da: Das finally hat sie nicht entfernt.</translation>
    </message>
    <message>
        <source>An exception inside the with block</source>
        <translation>Eine Ausnahme im with-Block</translation>
    </message>
    <message>
        <source>mkstemp and mkdtemp, with try/finally</source>
        <translation>mkstemp und mkdtemp, mit try/finally</translation>
    </message>
    <message numerus="yes">
        <source>mkstemp gives a descriptor and a path, and owns neither: os.fdopen(fd, &quot;w+b&quot;) makes a file object whose close() closes the descriptor (%n byte(s) written), and finally removes the path whatever happened in between.</source>
        <translation>
            <numerusform>mkstemp liefert einen Deskriptor und einen Pfad und ist für keines von beiden zuständig: os.fdopen(fd, &quot;w+b&quot;) erzeugt ein Dateiobjekt, dessen close() den Deskriptor schließt (%n Byte geschrieben), und finally entfernt den Pfad, was auch immer dazwischen geschah.</numerusform>
            <numerusform>mkstemp liefert einen Deskriptor und einen Pfad und ist für keines von beiden zuständig: os.fdopen(fd, &quot;w+b&quot;) erzeugt ein Dateiobjekt, dessen close() den Deskriptor schließt (%n Bytes geschrieben), und finally entfernt den Pfad, was auch immer dazwischen geschah.</numerusform>
        </translation>
    </message>
    <message>
        <source>mkdtemp gives a path only: shutil.rmtree in finally removes it with what was put inside.</source>
        <translation>mkdtemp liefert nur einen Pfad: shutil.rmtree in finally entfernt ihn samt dem, was hineingelegt wurde.</translation>
    </message>
    <message>
        <source>Both are gone.</source>
        <translation>Beide sind weg.</translation>
    </message>
    <message>
        <source>Something was left behind.</source>
        <translation>Etwas ist zurückgeblieben.</translation>
    </message>
    <message>
        <source>Guessable names: a race lost, and mkstemp&apos;s answer</source>
        <translation>Erratbare Namen: ein verlorenes Wettrennen und die Antwort von mkstemp</translation>
    </message>
    <message>
        <source>%1 or %2 is there already and is not the playground&apos;s: nothing was touched.</source>
        <translation>%1 oder %2 existiert bereits und gehört nicht zum Playground: Nichts wurde angerührt.</translation>
    </message>
    <message>
        <source>Another process made %1 first, as a link to %2. open(name, &quot;w&quot;) followed it: %2 now holds %3, written where the other process chose.</source>
        <translation>Ein anderer Prozess hat %1 zuerst angelegt, als Verknüpfung auf %2. open(name, &quot;w&quot;) ist ihr gefolgt: %2 enthält jetzt %3, geschrieben dorthin, wo der andere Prozess es wollte.</translation>
    </message>
    <message numerus="yes">
        <source>mkstemp tried %n name(s): the taken one was refused (O_EXCL|O_NOFOLLOW: FileExistsError, never a followed link), and it made %1, mode %2, instead.</source>
        <translation>
            <numerusform>mkstemp hat %n Namen probiert: Der belegte wurde abgelehnt (O_EXCL|O_NOFOLLOW: FileExistsError, nie eine verfolgte Verknüpfung), und stattdessen hat es %1 angelegt, Modus %2.</numerusform>
            <numerusform>mkstemp hat %n Namen probiert: Der belegte wurde abgelehnt (O_EXCL|O_NOFOLLOW: FileExistsError, nie eine verfolgte Verknüpfung), und stattdessen hat es %1 angelegt, Modus %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>tempfile.mktemp() only returns a name, like the guessable one: between it and open() the name can be taken. It is deprecated; use mkstemp or NamedTemporaryFile.</source>
        <translation>tempfile.mktemp() liefert nur einen Namen, wie den erratbaren: Zwischen dem Aufruf und open() kann der Name belegt werden. Es ist abgekündigt; verwenden Sie mkstemp oder NamedTemporaryFile.</translation>
    </message>
    <message>
        <source>gettempdir(): each process works it out once</source>
        <translation>gettempdir(): Jeder Prozess ermittelt es einmal</translation>
    </message>
    <message>
        <source>This process: gettempdir() is %1, worked out on the first call and cached for the life of the process; setting TMPDIR now would not change it.</source>
        <translation>Dieser Prozess: gettempdir() ist %1, beim ersten Aufruf ermittelt und für die Lebensdauer des Prozesses zwischengespeichert; TMPDIR jetzt zu setzen, würde daran nichts ändern.</translation>
    </message>
    <message>
        <source>The other process, started with TMPDIR=%1, answered %2.</source>
        <translation>Der andere Prozess, gestartet mit TMPDIR=%1, antwortete %2.</translation>
    </message>
    <message>
        <source>The other process did not answer: %1</source>
        <translation>Der andere Prozess hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Set TMPDIR before a program starts to move its temp files.</source>
        <translation>Setzen Sie TMPDIR vor dem Start eines Programms, um seine temporären Dateien zu verlegen.</translation>
    </message>
    <message>
        <source>Its answer is not TMPDIR: that directory failed the probe, so it took the next candidate.</source>
        <translation>Seine Antwort ist nicht TMPDIR: Dieses Verzeichnis hat die Prüfung nicht bestanden, daher hat er den nächsten Kandidaten genommen.</translation>
    </message>
    <message>
        <source>SpooledTemporaryFile: a BytesIO that can grow</source>
        <translation>SpooledTemporaryFile: ein BytesIO, das wachsen kann</translation>
    </message>
    <message numerus="yes">
        <source>After %n byte(s) it is an io.BytesIO: name is None and nothing is on disk.</source>
        <translation>
            <numerusform>Nach %n Byte ist es ein io.BytesIO: name ist None und nichts liegt auf dem Datenträger.</numerusform>
            <numerusform>Nach %n Bytes ist es ein io.BytesIO: name ist None und nichts liegt auf dem Datenträger.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next write passed max_size=%1, so it rolled over to a TemporaryFile, and name is now %2: the descriptor number, an int, not a path. A tutorial says it &quot;gains a name attribute&quot;; there is no name to hand to another program.</source>
        <translation>Der nächste Schreibvorgang hat max_size=%1 überschritten, daher wurde in eine TemporaryFile ausgelagert, und name ist jetzt %2: die Deskriptornummer, ein int, kein Pfad. Ein Tutorial behauptet, es „erhalte ein name-Attribut“; es gibt keinen Namen, den man an ein anderes Programm weitergeben könnte.</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::playground::PlaygroundWindow</name>
    <message>
        <source>seek(0) + &amp;read</source>
        <translation>seek(0) + &amp;lesen</translation>
    </message>
    <message>
        <source>Rewind, then read everything</source>
        <translation>Zurückspulen, dann alles lesen</translation>
    </message>
    <message>
        <source>read (no seek)</source>
        <translation>lesen (ohne seek)</translation>
    </message>
    <message>
        <source>Read from the current position</source>
        <translation>Ab der aktuellen Position lesen</translation>
    </message>
    <message>
        <source>&amp;flush</source>
        <translation>&amp;flush</translation>
    </message>
    <message>
        <source>Hand buffered writes to the OS</source>
        <translation>Gepufferte Schreibvorgänge an das Betriebssystem übergeben</translation>
    </message>
    <message>
        <source>&amp;close</source>
        <translation>sc&amp;hließen</translation>
    </message>
    <message>
        <source>close() the object</source>
        <translation>close() für das Objekt aufrufen</translation>
    </message>
    <message>
        <source>&amp;leave scope</source>
        <translation>&amp;Block verlassen</translation>
    </message>
    <message>
        <source>End the with block (or the C++ scope)</source>
        <translation>Den with-Block (bzw. den C++-Gültigkeitsbereich) beenden</translation>
    </message>
    <message>
        <source>add file &amp;inside</source>
        <translation>Datei dar&amp;in anlegen</translation>
    </message>
    <message>
        <source>Write a file into the directory</source>
        <translation>Eine Datei in das Verzeichnis schreiben</translation>
    </message>
    <message>
        <source>remove by hand</source>
        <translation>von Hand entfernen</translation>
    </message>
    <message>
        <source>os.remove / shutil.rmtree the path now</source>
        <translation>Den Pfad jetzt mit os.remove / shutil.rmtree entfernen</translation>
    </message>
    <message>
        <source>another &amp;process reads</source>
        <translation>anderer &amp;Prozess liest</translation>
    </message>
    <message>
        <source>A separate program opens the path and reports what it saw</source>
        <translation>Ein separates Programm öffnet den Pfad und meldet, was es sah</translation>
    </message>
    <message>
        <source>who has it &amp;open?</source>
        <translation>wer hat es &amp;geöffnet?</translation>
    </message>
    <message>
        <source>Tempscope&apos;s in-use detection for this path</source>
        <translation>Benutzungserkennung von Tempscope für diesen Pfad</translation>
    </message>
    <message>
        <source>Playground — Tempscope</source>
        <translation>Playground — Tempscope</translation>
    </message>
    <message>
        <source>Everything here happens in &lt;b&gt;%1&lt;/b&gt;, shown in the inspector at the same time.</source>
        <translation>Alles hier geschieht in &lt;b&gt;%1&lt;/b&gt; und ist gleichzeitig im Inspektor zu sehen.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation>Art des Objekts</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>P&amp;räfix:</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>none, e.g. .csv</source>
        <translation>keins, z. B. .csv</translation>
    </message>
    <message>
        <source>&amp;Suffix:</source>
        <translation>&amp;Suffix:</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>delete_on_close</source>
        <translation>delete_on_close</translation>
    </message>
    <message>
        <source>Remove it already at close() (Python 3.12+; ignored when delete=False)</source>
        <translation>Schon bei close() entfernen (Python 3.12+; ignoriert bei delete=False)</translation>
    </message>
    <message>
        <source>Removal:</source>
        <translation>Entfernen:</translation>
    </message>
    <message>
        <source>max_size</source>
        <translation>max_size</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>&amp;max_size:</source>
        <translation>&amp;max_size:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Make the object (Ctrl+N)</source>
        <translation>Das Objekt erzeugen (Strg+N)</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Fallen</translation>
    </message>
    <message>
        <source>Forgetting seek(0)</source>
        <translation>seek(0) vergessen</translation>
    </message>
    <message>
        <source>Forgetting flush() before another process reads</source>
        <translation>flush() vergessen, bevor ein anderer Prozess liest</translation>
    </message>
    <message>
        <source>The Windows reopen rule</source>
        <translation>Die Windows-Regel zum erneuten Öffnen</translation>
    </message>
    <message>
        <source>A crash before cleanup</source>
        <translation>Ein Absturz vor dem Aufräumen</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Geführte Tour</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Show &amp;me</source>
        <translation>&amp;Vorführen</translation>
    </message>
    <message>
        <source>Run this step, then go to the next (Ctrl+Return)</source>
        <translation>Diesen Schritt ausführen, dann zum nächsten gehen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Next tour step</source>
        <translation>Nächster Schritt der Tour</translation>
    </message>
    <message>
        <source>&amp;Live objects</source>
        <translation>&amp;Aktive Objekte</translation>
    </message>
    <message>
        <source>Live objects</source>
        <translation>Aktive Objekte</translation>
    </message>
    <message>
        <source>Text to write</source>
        <translation>Zu schreibender Text</translation>
    </message>
    <message>
        <source>&amp;Write text</source>
        <translation>Te&amp;xt schreiben</translation>
    </message>
    <message>
        <source>Bytes to write</source>
        <translation>Zu schreibende Bytes</translation>
    </message>
    <message>
        <source>Write &amp;N bytes</source>
        <translation>&amp;N Bytes schreiben</translation>
    </message>
    <message>
        <source>Spool: memory versus disk</source>
        <translation>Spool: Speicher oder Datenträger</translation>
    </message>
    <message>
        <source>Make an object, or start the guided tour.</source>
        <translation>Erzeugen Sie ein Objekt oder starten Sie die geführte Tour.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Python code</source>
        <translation>Python-Code</translation>
    </message>
    <message>
        <source>C++ code</source>
        <translation>C++-Code</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>C++ (Tempscope core)</source>
        <translation>C++ (Tempscope-Kern)</translation>
    </message>
    <message>
        <source>the playground root</source>
        <translation>der Stammordner des Playgrounds</translation>
    </message>
    <message>
        <source>inside %1 (%2)</source>
        <translation>in %1 (%2)</translation>
    </message>
    <message>
        <source>Spool %1:</source>
        <translation>Spool %1:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>on disk: %1</source>
        <translation>auf dem Datenträger: %1</translation>
    </message>
    <message>
        <source>in memory: %1 of max_size %2</source>
        <translation>im Speicher: %1 von max_size %2</translation>
    </message>
    <message>
        <source>in memory: %1 (max_size=0: never rolls over)</source>
        <translation>im Speicher: %1 (max_size=0: wird nie ausgelagert)</translation>
    </message>
    <message>
        <source>Rolled over at byte %1 (max_size %2)</source>
        <translation>Bei Byte %1 ausgelagert (max_size %2)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Show &amp;me (last step)</source>
        <translation>&amp;Vorführen (letzter Schritt)</translation>
    </message>
    <message>
        <source>Python 3.12+: TemporaryDirectory(delete=False) is new in 3.12; older versions raise TypeError for it.</source>
        <translation>Python 3.12+: TemporaryDirectory(delete=False) ist neu in 3.12; ältere Versionen lösen dafür TypeError aus.</translation>
    </message>
    <message>
        <source>Python 3.12+: delete_on_close is new in 3.12; older versions raise TypeError for it. delete=False works everywhere.</source>
        <translation>Python 3.12+: delete_on_close ist neu in 3.12; ältere Versionen lösen dafür TypeError aus. delete=False funktioniert überall.</translation>
    </message>
    <message>
        <source>Remove it at the end of the with block (delete=True); TemporaryDirectory takes delete from Python 3.12</source>
        <translation>Am Ende des with-Blocks entfernen (delete=True); TemporaryDirectory nimmt delete ab Python 3.12 an</translation>
    </message>
    <message>
        <source>text (mode=&quot;w+&quot;, encoding=&quot;utf-8&quot;)</source>
        <translation>Text (mode=&quot;w+&quot;, encoding=&quot;utf-8&quot;)</translation>
    </message>
    <message>
        <source>Read and write str instead of bytes; newlines are translated. Unchecked: Python&apos;s default mode &quot;w+b&quot; (bytes).</source>
        <translation>str statt bytes lesen und schreiben; Zeilenenden werden umgewandelt. Nicht angekreuzt: Pythons Standardmodus &quot;w+b&quot; (bytes).</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>Mo&amp;dus:</translation>
    </message>
    <message>
        <source>Recipes from the tutorials</source>
        <translation>Rezepte aus den Tutorials</translation>
    </message>
    <message>
        <source>Text vs binary mode</source>
        <translation>Text- vs. Binärmodus</translation>
    </message>
    <message>
        <source>delete=False hand-off</source>
        <translation>Übergabe mit delete=False</translation>
    </message>
    <message>
        <source>Exception inside with</source>
        <translation>Ausnahme im with-Block</translation>
    </message>
    <message>
        <source>mkstemp / mkdtemp + finally</source>
        <translation>mkstemp / mkdtemp + finally</translation>
    </message>
    <message>
        <source>Guessable names vs mkstemp</source>
        <translation>Erratbare Namen vs. mkstemp</translation>
    </message>
    <message>
        <source>gettempdir() and TMPDIR</source>
        <translation>gettempdir() und TMPDIR</translation>
    </message>
    <message>
        <source>Spool: BytesIO, then a file</source>
        <translation>Spool: BytesIO, dann eine Datei</translation>
    </message>
    <message>
        <source>str vs bytes, newline translation and the TypeError for the wrong type</source>
        <translation>str vs. bytes, Umwandlung der Zeilenenden und der TypeError beim falschen Typ</translation>
    </message>
    <message>
        <source>Write, close, let another program read the path, remove it in finally</source>
        <translation>Schreiben, schließen, ein anderes Programm den Pfad lesen lassen, in finally entfernen</translation>
    </message>
    <message>
        <source>An exception ends the block: the directory is still removed</source>
        <translation>Eine Ausnahme beendet den Block: Das Verzeichnis wird trotzdem entfernt</translation>
    </message>
    <message>
        <source>os.fdopen on mkstemp&apos;s descriptor and shutil.rmtree on mkdtemp&apos;s path, in try/finally</source>
        <translation>os.fdopen auf den Deskriptor von mkstemp und shutil.rmtree auf den Pfad von mkdtemp, in try/finally</translation>
    </message>
    <message>
        <source>Another process takes a guessable name first; mkstemp refuses taken names</source>
        <translation>Ein anderer Prozess belegt zuerst einen erratbaren Namen; mkstemp lehnt belegte Namen ab</translation>
    </message>
    <message>
        <source>Another process started with TMPDIR set answers differently; this one keeps its cached answer</source>
        <translation>Ein anderer Prozess, gestartet mit gesetztem TMPDIR, antwortet anders; dieser hier behält seine zwischengespeicherte Antwort</translation>
    </message>
    <message>
        <source>A SpooledTemporaryFile is a BytesIO until it rolls over; then its name is a descriptor number</source>
        <translation>Eine SpooledTemporaryFile ist ein BytesIO, bis sie ausgelagert wird; dann ist ihr Name eine Deskriptornummer</translation>
    </message>
    <message>
        <source>write the wrong &amp;type</source>
        <translation>falschen T&amp;yp schreiben</translation>
    </message>
    <message>
        <source>str to a binary file, bytes to a text file: Python&apos;s TypeError</source>
        <translation>str in eine Binärdatei, bytes in eine Textdatei: Pythons TypeError</translation>
    </message>
    <message>
        <source>raise in the &amp;block</source>
        <translation>im Block a&amp;uslösen</translation>
    </message>
    <message>
        <source>An exception ends the with block: is the object still cleaned up?</source>
        <translation>Eine Ausnahme beendet den with-Block: Wird das Objekt trotzdem aufgeräumt?</translation>
    </message>
    <message>
        <source>Written as UTF-8; \n is a line break, \r a carriage return</source>
        <translation>Als UTF-8 geschrieben; \n ist ein Zeilenumbruch, \r ein Wagenrücklauf</translation>
    </message>
    <message>
        <source>The session as a Python script</source>
        <translation>Die Sitzung als Python-Skript</translation>
    </message>
    <message>
        <source>The session as a C++ function</source>
        <translation>Die Sitzung als C++-Funktion</translation>
    </message>
    <message>
        <source>Session: Python</source>
        <translation>Sitzung: Python</translation>
    </message>
    <message>
        <source>Session: C++</source>
        <translation>Sitzung: C++</translation>
    </message>
    <message>
        <source>Copy as &amp;script</source>
        <translation>Als &amp;Skript kopieren</translation>
    </message>
    <message>
        <source>Copy everything done so far as one program: the C++ function when a C++ tab is shown, else the Python script</source>
        <translation>Alles bisher Getane als ein Programm kopieren: die C++-Funktion, wenn ein C++-Reiter angezeigt wird, sonst das Python-Skript</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::playground::snippets</name>
    <message>
        <source>You own both: os.close(fd) and os.remove(path) are up to you.</source>
        <translation>Beides liegt bei Ihnen: os.close(fd) und os.remove(path) sind Ihre Sache.</translation>
    </message>
    <message>
        <source>You own both: close the fd and remove the path.</source>
        <translation>Beides liegt bei Ihnen: fd schließen und path entfernen.</translation>
    </message>
    <message>
        <source>Mode 0700. Removing it (shutil.rmtree) is up to you.</source>
        <translation>Modus 0700. Das Entfernen (shutil.rmtree) ist Ihre Sache.</translation>
    </message>
    <message>
        <source>Mode 0700. Removing it is up to you.</source>
        <translation>Modus 0700. Das Entfernen ist Ihre Sache.</translation>
    </message>
    <message>
        <source>the next actions happen here</source>
        <translation>die nächsten Aktionen geschehen hier</translation>
    </message>
    <message>
        <source>unbuffered: straight to the OS</source>
        <translation>ungepuffert: direkt an das Betriebssystem</translation>
    </message>
    <message>
        <source>no seek: reads from the current position</source>
        <translation>kein seek: liest ab der aktuellen Position</translation>
    </message>
    <message>
        <source>no seek</source>
        <translation>kein seek</translation>
    </message>
    <message>
        <source>no seek(0) first</source>
        <translation>kein seek(0) vorher</translation>
    </message>
    <message>
        <source>os.write() has no buffer: nothing to flush</source>
        <translation>os.write() hat keinen Puffer: nichts zu leeren</translation>
    </message>
    <message>
        <source>::write() has no buffer: nothing to flush</source>
        <translation>::write() hat keinen Puffer: nichts zu leeren</translation>
    </message>
    <message>
        <source>the file stays</source>
        <translation>die Datei bleibt</translation>
    </message>
    <message>
        <source>no with block: nothing happens when path goes out of scope</source>
        <translation>kein with-Block: Nichts passiert, wenn path den Gültigkeitsbereich verlässt</translation>
    </message>
    <message>
        <source>the right way: try/finally with os.close(fd) and os.remove(path)</source>
        <translation>richtig: try/finally mit os.close(fd) und os.remove(path)</translation>
    </message>
    <message>
        <source>MkstempResult is a plain struct: its destructor does nothing.</source>
        <translation>MkstempResult ist eine einfache Struktur: Ihr Destruktor tut nichts.</translation>
    </message>
    <message>
        <source>no with block: the directory stays</source>
        <translation>kein with-Block: Das Verzeichnis bleibt</translation>
    </message>
    <message>
        <source>what you must write yourself</source>
        <translation>was Sie selbst schreiben müssen</translation>
    </message>
    <message>
        <source>A QString path: nothing removes the directory for you.</source>
        <translation>Ein QString-Pfad: Nichts entfernt das Verzeichnis für Sie.</translation>
    </message>
    <message>
        <source>cleanup(): the directory and everything in it go</source>
        <translation>cleanup(): Das Verzeichnis und sein gesamter Inhalt verschwinden</translation>
    </message>
    <message>
        <source>close(), then remove the file (delete=True)</source>
        <translation>close(), dann die Datei entfernen (delete=True)</translation>
    </message>
    <message>
        <source>close(); the file stays (delete=False)</source>
        <translation>close(); die Datei bleibt (delete=False)</translation>
    </message>
    <message>
        <source>close(): the file goes with its last descriptor</source>
        <translation>close(): Die Datei verschwindet mit ihrem letzten Deskriptor</translation>
    </message>
    <message>
        <source>leaving the block runs __exit__: %1</source>
        <translation>das Verlassen des Blocks ruft __exit__ auf: %1</translation>
    </message>
    <message>
        <source>the destructor: %1</source>
        <translation>der Destruktor: %1</translation>
    </message>
    <message>
        <source>another process opens the path</source>
        <translation>ein anderer Prozess öffnet den Pfad</translation>
    </message>
    <message>
        <source>Windows, while the file is open with delete_on_close=True:</source>
        <translation>Windows, solange die Datei mit delete_on_close=True offen ist:</translation>
    </message>
    <message>
        <source>PermissionError: [Errno 13] Permission denied</source>
        <translation>PermissionError: [Errno 13] Permission denied</translation>
    </message>
    <message>
        <source>Tempscope&apos;s in-use detection (/proc/*/fd on Linux):</source>
        <translation>Benutzungserkennung von Tempscope (/proc/*/fd unter Linux):</translation>
    </message>
    <message>
        <source>this process holds it</source>
        <translation>dieser Prozess hält sie</translation>
    </message>
    <message>
        <source>no __exit__, no finally, no atexit</source>
        <translation>kein __exit__, kein finally, kein atexit</translation>
    </message>
    <message>
        <source>no destructor runs</source>
        <translation>kein Destruktor läuft</translation>
    </message>
    <message>
        <source>Python 3.12+: delete_on_close is new in 3.12</source>
        <translation>Python 3.12+: delete_on_close ist neu in 3.12</translation>
    </message>
    <message>
        <source>nothing to flush: the core devices are unbuffered (a QFile would need flush())</source>
        <translation>nichts zu leeren: Die Geräte des Kerns sind ungepuffert (eine QFile bräuchte flush())</translation>
    </message>
    <message>
        <source>Python 3.12+: before, the end of the block raises FileNotFoundError</source>
        <translation>Python 3.12+: Davor löst das Ende des Blocks FileNotFoundError aus</translation>
    </message>
    <message>
        <source>opening it again by name works, on Windows too</source>
        <translation>erneutes Öffnen über den Namen klappt, auch unter Windows</translation>
    </message>
    <message>
        <source>Python 3.12+: TemporaryDirectory&apos;s delete is new in 3.12</source>
        <translation>Python 3.12+: delete von TemporaryDirectory ist neu in 3.12</translation>
    </message>
    <message>
        <source>the end of the with block</source>
        <translation>das Ende des with-Blocks</translation>
    </message>
    <message>
        <source>the end of the with block: delete=False keeps it</source>
        <translation>das Ende des with-Blocks: delete=False behält es</translation>
    </message>
    <message>
        <source>the block was left by the exception: __exit__ ran</source>
        <translation>die Ausnahme hat den Block verlassen: __exit__ lief</translation>
    </message>
    <message>
        <source>the destructor ran while the exception left the scope</source>
        <translation>der Destruktor lief, während die Ausnahme den Gültigkeitsbereich verließ</translation>
    </message>
    <message>
        <source>nothing made yet</source>
        <translation>noch nichts angelegt</translation>
    </message>
    <message>
        <source>bytes to a text file</source>
        <translation>bytes in eine Textdatei</translation>
    </message>
    <message>
        <source>str to a binary file</source>
        <translation>str in eine Binärdatei</translation>
    </message>
    <message>
        <source>TextMode::write() takes a QString: bytes do not compile</source>
        <translation>TextMode::write() nimmt einen QString: bytes lassen sich nicht kompilieren</translation>
    </message>
    <message>
        <source>QIODevice::write() takes bytes: a QString does not compile</source>
        <translation>QIODevice::write() nimmt Bytes: ein QString lässt sich nicht kompilieren</translation>
    </message>
    <message>
        <source>str, newlines translated</source>
        <translation>str, Zeilenenden umgewandelt</translation>
    </message>
    <message>
        <source>nothing; the directory stays (delete=False)</source>
        <translation>nichts; das Verzeichnis bleibt (delete=False)</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::playground::snippets::recipes</name>
    <message>
        <source>the block closed the file: flushed, and free for others (Windows too)</source>
        <translation>der Block hat die Datei geschlossen: Puffer geleert und frei für andere (auch unter Windows)</translation>
    </message>
    <message>
        <source>the other tool opens the path</source>
        <translation>das andere Werkzeug öffnet den Pfad</translation>
    </message>
    <message>
        <source>runs whatever happened above</source>
        <translation>läuft, egal was oben geschah</translation>
    </message>
    <message>
        <source>closed, kept: autoDelete = false</source>
        <translation>geschlossen, behalten: autoDelete = false</translation>
    </message>
    <message>
        <source>a file object on the descriptor: closing it closes fd</source>
        <translation>ein Dateiobjekt auf dem Deskriptor: Es zu schließen, schließt fd</translation>
    </message>
    <message>
        <source>runs even when the write raised</source>
        <translation>läuft auch, wenn das Schreiben eine Ausnahme ausgelöst hat</translation>
    </message>
    <message>
        <source>the directory and everything in it</source>
        <translation>das Verzeichnis und alles darin</translation>
    </message>
    <message>
        <source>the finally</source>
        <translation>das finally</translation>
    </message>
    <message>
        <source>closing f closes the descriptor</source>
        <translation>f zu schließen, schließt den Deskriptor</translation>
    </message>
    <message>
        <source>a name anyone can guess</source>
        <translation>ein Name, den jeder erraten kann</translation>
    </message>
    <message>
        <source>another process gets there first: a link to a file of its choosing</source>
        <translation>ein anderer Prozess kommt zuvor: eine Verknüpfung auf eine Datei seiner Wahl</translation>
    </message>
    <message>
        <source>O_CREAT|O_TRUNC follows the link</source>
        <translation>O_CREAT|O_TRUNC folgt der Verknüpfung</translation>
    </message>
    <message>
        <source>what mkstemp does for each name it tries</source>
        <translation>was mkstemp für jeden probierten Namen tut</translation>
    </message>
    <message>
        <source>a taken name: it tries the next random one</source>
        <translation>ein belegter Name: es probiert den nächsten zufälligen</translation>
    </message>
    <message>
        <source>tempfile.mktemp() only returns a name (deprecated since Python 2.3): between it and open() the name can be taken, exactly as above.</source>
        <translation>tempfile.mktemp() liefert nur einen Namen (abgekündigt seit Python 2.3): Zwischen dem Aufruf und open() kann der Name belegt werden, genau wie oben.</translation>
    </message>
    <message>
        <source>follows the other process&apos;s link</source>
        <translation>folgt der Verknüpfung des anderen Prozesses</translation>
    </message>
    <message>
        <source>O_EXCL|O_NOFOLLOW: a taken name is skipped</source>
        <translation>O_EXCL|O_NOFOLLOW: ein belegter Name wird übersprungen</translation>
    </message>
    <message>
        <source>this process: worked out on the first call, then cached</source>
        <translation>dieser Prozess: beim ersten Aufruf ermittelt, dann zwischengespeichert</translation>
    </message>
    <message>
        <source>the child&apos;s own answer: path</source>
        <translation>die eigene Antwort des Kindprozesses: Pfad</translation>
    </message>
    <message>
        <source>unchanged: this process keeps its first answer</source>
        <translation>unverändert: dieser Prozess behält seine erste Antwort</translation>
    </message>
    <message>
        <source>TempDirResolver::cached(): one answer per process</source>
        <translation>TempDirResolver::cached(): eine Antwort pro Prozess</translation>
    </message>
    <message>
        <source>prints: tempdir &lt;the new directory&gt;</source>
        <translation>gibt aus: tempdir &lt;das neue Verzeichnis&gt;</translation>
    </message>
    <message>
        <source>None: an io.BytesIO inside, no file</source>
        <translation>None: innen ein io.BytesIO, keine Datei</translation>
    </message>
    <message>
        <source>empty: the data is in memory</source>
        <translation>leer: die Daten liegen im Speicher</translation>
    </message>
    <message>
        <source>the TemporaryFile&apos;s name: its descriptor number, no path</source>
        <translation>der Name der TemporaryFile: ihre Deskriptornummer, kein Pfad</translation>
    </message>
    <message>
        <source>the descriptor number, twice</source>
        <translation>die Deskriptornummer, zweimal</translation>
    </message>
</context>
<context>
    <name>tempscope::tempfile::SpooledTemporaryFile</name>
    <message>
        <source>A temporary file cannot be reopened</source>
        <translation>Eine temporäre Datei kann nicht erneut geöffnet werden</translation>
    </message>
</context>
<context>
    <name>tempscope::tempfile::TempFileDevice</name>
    <message>
        <source>A temporary file cannot be reopened</source>
        <translation>Eine temporäre Datei kann nicht erneut geöffnet werden</translation>
    </message>
</context>
</TS>
