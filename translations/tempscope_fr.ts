<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgeBasisHelp</name>
    <message>
        <source>newest: the latest of mtime, atime and ctime, the safest choice</source>
        <translation>plus récent&#xa0;: la plus récente des dates mtime, atime et ctime, le choix le plus sûr</translation>
    </message>
    <message>
        <source>mtime: when the contents were last written</source>
        <translation>mtime&#xa0;: dernière écriture du contenu</translation>
    </message>
    <message>
        <source>atime: when it was last read (often updated at most once a day)</source>
        <translation>atime&#xa0;: dernière lecture (souvent mise à jour au plus une fois par jour)</translation>
    </message>
    <message>
        <source>ctime: when its contents, owner, permissions or name last changed</source>
        <translation>ctime&#xa0;: dernier changement du contenu, du propriétaire, des permissions ou du nom</translation>
    </message>
</context>
<context>
    <name>AgeRule</name>
    <message>
        <source>the newest of access, modification and change time (for directories, the modification time)</source>
        <translation>la plus récente des dates d’accès, de modification et de changement d’état (pour les dossiers, la date de modification)</translation>
    </message>
    <message>
        <source>the modification time (mtime)</source>
        <translation>la date de modification (mtime)</translation>
    </message>
    <message>
        <source>the access time (atime)</source>
        <translation>la date d’accès (atime)</translation>
    </message>
    <message>
        <source>the status change time (ctime)</source>
        <translation>la date de changement d’état (ctime)</translation>
    </message>
    <message>
        <source>Measured from %1 of the newest entry anywhere inside, which is %2 old.</source>
        <translation>Mesuré à partir de %1 de l’entrée la plus récente qu’il contient, à n’importe quelle profondeur&#xa0;; âge&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Measured from %1, which is %2 old.</source>
        <translation>Mesuré à partir de %1&#xa0;; âge&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No age threshold is set, so nothing is stale.</source>
        <translation>Aucun seuil d’âge n’est défini, donc rien n’est périmé.</translation>
    </message>
    <message>
        <source>Stale: older than %1.</source>
        <translation>Périmé&#xa0;: plus ancien que %1.</translation>
    </message>
    <message>
        <source>Not stale: not older than %1.</source>
        <translation>Pas périmé&#xa0;: pas plus ancien que %1.</translation>
    </message>
    <message>
        <source>newest</source>
        <comment>timestamp basis: the newest of atime, mtime, ctime</comment>
        <translation>plus récent</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Files and directories from Python&apos;s tempfile module with its default prefix</source>
        <translation>Fichiers et dossiers du module tempfile de Python avec son préfixe par défaut</translation>
    </message>
    <message>
        <source>When no Python process of the owner runs; a file still open is kept by the in-use check.</source>
        <translation>Quand aucun processus Python du propriétaire ne s’exécute&#xa0;; un fichier encore ouvert est conservé par la vérification d’utilisation.</translation>
    </message>
    <message>
        <source>pytest&apos;s per-user base directory of test runs (the last three are kept)</source>
        <translation>Dossier de base de pytest, par utilisateur, pour les exécutions de tests (les trois dernières sont conservées)</translation>
    </message>
    <message>
        <source>When no pytest runs for its owner; pytest itself prunes all but the newest runs.</source>
        <translation>Quand aucun pytest ne s’exécute pour son propriétaire&#xa0;; pytest supprime lui-même toutes les exécutions sauf les plus récentes.</translation>
    </message>
    <message>
        <source>Matplotlib&apos;s font and config cache when its config directory is not writable</source>
        <translation>Cache de polices et de configuration de Matplotlib quand son dossier de configuration n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>When no Python process of the owner runs; it is rebuilt on demand.</source>
        <translation>Quand aucun processus Python du propriétaire ne s’exécute&#xa0;; il est reconstruit à la demande.</translation>
    </message>
    <message>
        <source>PyTorch Inductor&apos;s compiled-kernel cache</source>
        <translation>Cache des noyaux compilés de PyTorch Inductor</translation>
    </message>
    <message>
        <source>Any time no PyTorch job runs; kernels are compiled again on the next run.</source>
        <translation>À tout moment quand aucune tâche PyTorch ne s’exécute&#xa0;; les noyaux sont recompilés à l’exécution suivante.</translation>
    </message>
    <message>
        <source>An R session&apos;s temporary directory (tempdir())</source>
        <translation>Dossier temporaire d’une session R (tempdir())</translation>
    </message>
    <message>
        <source>When no R session of the owner runs; R removes it when the session ends normally.</source>
        <translation>Quand aucune session R du propriétaire ne s’exécute&#xa0;; R le supprime quand la session se termine normalement.</translation>
    </message>
    <message>
        <source>A file name reserved by Lua&apos;s os.tmpname()</source>
        <translation>Un nom de fichier réservé par os.tmpname() de Lua</translation>
    </message>
    <message>
        <source>When no Lua interpreter of the owner runs.</source>
        <translation>Quand aucun interpréteur Lua du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>A file or directory from mktemp(1) with its default template</source>
        <translation>Un fichier ou un dossier de mktemp(1) avec son modèle par défaut</translation>
    </message>
    <message>
        <source>When the script that made it has finished; which script that was cannot be told from the name.</source>
        <translation>Quand le script qui l’a créé est terminé&#xa0;; le nom ne permet pas de savoir de quel script il s’agit.</translation>
    </message>
    <message>
        <source>A here-document&apos;s body, written by bash while a command reads it</source>
        <translation>Corps d’un here-document, écrit par bash pendant qu’une commande le lit</translation>
    </message>
    <message>
        <source>When no bash of the owner runs; bash removes it once the command has read it.</source>
        <translation>Quand aucun bash du propriétaire ne s’exécute&#xa0;; bash le supprime dès que la commande l’a lu.</translation>
    </message>
    <message>
        <source>A QTemporaryFile or QTemporaryDir with Qt&apos;s default template</source>
        <translation>Un QTemporaryFile ou un QTemporaryDir avec le modèle par défaut de Qt</translation>
    </message>
    <message>
        <source>When the application that made it has ended; the name does not say which one.</source>
        <translation>Quand l’application qui l’a créé s’est terminée&#xa0;; le nom ne dit pas laquelle.</translation>
    </message>
    <message>
        <source>The lock file of a single-instance Qt application</source>
        <translation>Le fichier de verrou d’une application Qt à instance unique</translation>
    </message>
    <message>
        <source>When the application is not running.</source>
        <translation>Quand l’application ne s’exécute pas.</translation>
    </message>
    <message>
        <source>pip&apos;s build environments, unpacked archives and other scratch directories</source>
        <translation>Environnements de compilation, archives décompressées et autres dossiers de travail de pip</translation>
    </message>
    <message>
        <source>When no pip runs for its owner; pip removes them when it finishes normally.</source>
        <translation>Quand aucun pip ne s’exécute pour son propriétaire&#xa0;; pip les supprime quand il se termine normalement.</translation>
    </message>
    <message>
        <source>npm&apos;s per-run scratch directory; the number is the npm process id</source>
        <translation>Dossier de travail de npm pour chaque exécution&#xa0;; le nombre est l’identifiant de processus de npm</translation>
    </message>
    <message>
        <source>When the npm process named in it is gone.</source>
        <translation>Quand le processus npm qui y est nommé a disparu.</translation>
    </message>
    <message>
        <source>Yarn (classic)&apos;s per-run scratch directory</source>
        <translation>Dossier de travail de Yarn (classic) pour chaque exécution</translation>
    </message>
    <message>
        <source>When no yarn runs for its owner.</source>
        <translation>Quand aucun yarn ne s’exécute pour son propriétaire.</translation>
    </message>
    <message>
        <source>Yarn (berry)&apos;s temporary working directory</source>
        <translation>Dossier de travail temporaire de Yarn (berry)</translation>
    </message>
    <message>
        <source>pnpm&apos;s half-written file or directory; the number is the pnpm process id</source>
        <translation>Fichier ou dossier à moitié écrit de pnpm&#xa0;; le nombre est l’identifiant de processus de pnpm</translation>
    </message>
    <message>
        <source>When the pnpm process named in it is gone.</source>
        <translation>Quand le processus pnpm qui y est nommé a disparu.</translation>
    </message>
    <message>
        <source>v8-compile-cache&apos;s compiled-script cache; the number is the user id</source>
        <translation>Cache des scripts compilés de v8-compile-cache&#xa0;; le nombre est l’identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>Any time no Node.js process of the owner runs; it is rebuilt on demand.</source>
        <translation>À tout moment quand aucun processus Node.js du propriétaire ne s’exécute&#xa0;; il est reconstruit à la demande.</translation>
    </message>
    <message>
        <source>Node.js&apos;s module compile cache</source>
        <translation>Cache de compilation des modules de Node.js</translation>
    </message>
    <message>
        <source>tsx&apos;s TypeScript transform cache; the number is the user id</source>
        <translation>Cache de transformation TypeScript de tsx&#xa0;; le nombre est l’identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>Any time no tsx runs for its owner; it is rebuilt on demand.</source>
        <translation>À tout moment quand aucun tsx ne s’exécute pour son propriétaire&#xa0;; il est reconstruit à la demande.</translation>
    </message>
    <message>
        <source>jiti&apos;s transpiled-module cache (Nuxt, Tailwind, ESLint configs)</source>
        <translation>Cache des modules transpilés de jiti (configurations Nuxt, Tailwind, ESLint)</translation>
    </message>
    <message>
        <source>The language server&apos;s request-cancellation files</source>
        <translation>Fichiers d’annulation de requêtes du serveur de langage</translation>
    </message>
    <message>
        <source>When no editor with the Python language server runs for its owner.</source>
        <translation>Quand aucun éditeur avec le serveur de langage Python ne s’exécute pour son propriétaire.</translation>
    </message>
    <message>
        <source>apt-key&apos;s throwaway GnuPG home</source>
        <translation>Dossier personnel GnuPG jetable d’apt-key</translation>
    </message>
    <message>
        <source>When no apt-key or apt runs.</source>
        <translation>Quand ni apt-key ni apt ne s’exécutent.</translation>
    </message>
    <message>
        <source>A package apt hands to dpkg</source>
        <translation>Un paquet qu’apt transmet à dpkg</translation>
    </message>
    <message>
        <source>When no apt or dpkg runs.</source>
        <translation>Quand ni apt ni dpkg ne s’exécutent.</translation>
    </message>
    <message>
        <source>The go command&apos;s build work directory</source>
        <translation>Dossier de travail de compilation de la commande go</translation>
    </message>
    <message>
        <source>When no go command of the owner runs; go removes it unless -work was given.</source>
        <translation>Quand aucune commande go du propriétaire ne s’exécute&#xa0;; go le supprime sauf si -work a été indiqué.</translation>
    </message>
    <message>
        <source>The Go linker&apos;s work directory</source>
        <translation>Dossier de travail de l’éditeur de liens de Go</translation>
    </message>
    <message>
        <source>When no go command or linker of the owner runs.</source>
        <translation>Quand aucune commande go ni aucun éditeur de liens du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>rustc&apos;s temporary directory for codegen and linking</source>
        <translation>Dossier temporaire de rustc pour la génération de code et l’édition de liens</translation>
    </message>
    <message>
        <source>When no rustc or cargo of the owner runs.</source>
        <translation>Quand ni rustc ni cargo du propriétaire ne s’exécutent.</translation>
    </message>
    <message>
        <source>cargo install&apos;s build directory</source>
        <translation>Dossier de compilation de cargo install</translation>
    </message>
    <message>
        <source>When no cargo of the owner runs.</source>
        <translation>Quand aucun cargo du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>GCC&apos;s intermediate assembly, object and response files</source>
        <translation>Fichiers intermédiaires d’assembleur, fichiers objets et fichiers de réponse de GCC</translation>
    </message>
    <message>
        <source>When no compiler of the owner runs; the driver removes them after each step.</source>
        <translation>Quand aucun compilateur du propriétaire ne s’exécute&#xa0;; le pilote du compilateur les supprime après chaque étape.</translation>
    </message>
    <message>
        <source>A CMake try_compile() scratch project</source>
        <translation>Un projet jetable de try_compile() de CMake</translation>
    </message>
    <message>
        <source>When no cmake of the owner runs.</source>
        <translation>Quand aucun cmake du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>ccache&apos;s captured output of the preprocessor or compiler</source>
        <translation>Sortie du préprocesseur ou du compilateur capturée par ccache</translation>
    </message>
    <message>
        <source>When no ccache of the owner runs.</source>
        <translation>Quand aucun ccache du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>The Kotlin compile daemon&apos;s log</source>
        <translation>Journal du démon de compilation Kotlin</translation>
    </message>
    <message>
        <source>When no Kotlin daemon (java) of the owner runs.</source>
        <translation>Quand aucun démon Kotlin (java) du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>HotSpot&apos;s per-user performance data; one file per running JVM, named by its process id</source>
        <translation>Données de performance de HotSpot par utilisateur&#xa0;; un fichier par JVM en cours d’exécution, nommé d’après son identifiant de processus</translation>
    </message>
    <message>
        <source>A file inside when its JVM is gone; the directory itself is reused by every JVM of the user.</source>
        <translation>Un fichier à l’intérieur quand sa JVM a disparu&#xa0;; le dossier lui-même est réutilisé par chaque JVM de l’utilisateur.</translation>
    </message>
    <message>
        <source>A JVM&apos;s attach socket; the number is the JVM&apos;s process id</source>
        <translation>Socket d’attachement d’une JVM&#xa0;; le nombre est l’identifiant de processus de la JVM</translation>
    </message>
    <message>
        <source>When the JVM named in it is gone.</source>
        <translation>Quand la JVM qui y est nommée a disparu.</translation>
    </message>
    <message>
        <source>Jetty&apos;s unpacked web application</source>
        <translation>Application web décompressée de Jetty</translation>
    </message>
    <message>
        <source>When no Java process of the owner runs; Jetty unpacks it again at start.</source>
        <translation>Quand aucun processus Java du propriétaire ne s’exécute&#xa0;; Jetty la décompresse à nouveau au démarrage.</translation>
    </message>
    <message>
        <source>Native libraries JNA unpacks for Java applications such as the JetBrains IDEs</source>
        <translation>Bibliothèques natives que JNA décompresse pour des applications Java comme les IDE JetBrains</translation>
    </message>
    <message>
        <source>When no Java application of the owner runs.</source>
        <translation>Quand aucune application Java du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>A JetBrains IDE&apos;s temporary files (IDE system directory under temp)</source>
        <translation>Fichiers temporaires d’un IDE JetBrains (dossier système de l’IDE sous temp)</translation>
    </message>
    <message>
        <source>When no JetBrains IDE of the owner runs.</source>
        <translation>Quand aucun IDE JetBrains du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>A .NET process&apos;s diagnostics socket; the first number is its process id</source>
        <translation>Socket de diagnostic d’un processus .NET&#xa0;; le premier nombre est son identifiant de processus</translation>
    </message>
    <message>
        <source>When the process named in it is gone.</source>
        <translation>Quand le processus qui y est nommé a disparu.</translation>
    </message>
    <message>
        <source>A .NET process&apos;s debugger pipe; the first number is its process id</source>
        <translation>Tube de débogage d’un processus .NET&#xa0;; le premier nombre est son identifiant de processus</translation>
    </message>
    <message>
        <source>Chrome&apos;s temporary files (downloads in progress, shared memory)</source>
        <translation>Fichiers temporaires de Chrome (téléchargements en cours, mémoire partagée)</translation>
    </message>
    <message>
        <source>When no Chrome of the owner runs.</source>
        <translation>Quand aucun Chrome du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>Chromium&apos;s or an Electron app&apos;s temporary files</source>
        <translation>Fichiers temporaires de Chromium ou d’une application Electron</translation>
    </message>
    <message>
        <source>When no Chromium-based program of the owner runs.</source>
        <translation>Quand aucun programme basé sur Chromium du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>A Chromium scoped temporary directory; the first number is the creating process id</source>
        <translation>Un dossier temporaire à portée limitée de Chromium&#xa0;; le premier nombre est l’identifiant du processus qui l’a créé</translation>
    </message>
    <message>
        <source>Edge&apos;s temporary files</source>
        <translation>Fichiers temporaires d’Edge</translation>
    </message>
    <message>
        <source>When no Edge of the owner runs.</source>
        <translation>Quand aucun Edge du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>Brave&apos;s temporary files</source>
        <translation>Fichiers temporaires de Brave</translation>
    </message>
    <message>
        <source>When no Brave of the owner runs.</source>
        <translation>Quand aucun Brave du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>A Firefox content process&apos;s temporary directory</source>
        <translation>Dossier temporaire d’un processus de contenu de Firefox</translation>
    </message>
    <message>
        <source>When no Firefox of the owner runs.</source>
        <translation>Quand aucun Firefox du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>Mozilla&apos;s per-user temporary directory (downloads opened with an application)</source>
        <translation>Dossier temporaire de Mozilla par utilisateur (téléchargements ouverts avec une application)</translation>
    </message>
    <message>
        <source>When no Firefox or Thunderbird of the owner runs; opened downloads inside are lost.</source>
        <translation>Quand ni Firefox ni Thunderbird du propriétaire ne s’exécutent&#xa0;; les téléchargements ouverts qu’il contient sont perdus.</translation>
    </message>
    <message>
        <source>A throwaway browser profile of a Puppeteer run</source>
        <translation>Un profil de navigateur jetable d’une exécution de Puppeteer</translation>
    </message>
    <message>
        <source>When no browser started by Puppeteer runs for its owner.</source>
        <translation>Quand aucun navigateur lancé par Puppeteer ne s’exécute pour son propriétaire.</translation>
    </message>
    <message>
        <source>Playwright&apos;s traces, videos and downloads of a run</source>
        <translation>Traces, vidéos et téléchargements d’une exécution de Playwright</translation>
    </message>
    <message>
        <source>When no Playwright run of the owner is going on.</source>
        <translation>Quand aucune exécution de Playwright du propriétaire n’est en cours.</translation>
    </message>
    <message>
        <source>A throwaway browser profile of a Playwright run</source>
        <translation>Un profil de navigateur jetable d’une exécution de Playwright</translation>
    </message>
    <message>
        <source>When no browser started by Playwright runs for its owner.</source>
        <translation>Quand aucun navigateur lancé par Playwright ne s’exécute pour son propriétaire.</translation>
    </message>
    <message>
        <source>The socket through which a VS Code window&apos;s terminals reach it</source>
        <translation>Le socket par lequel les terminaux d’une fenêtre VS Code la joignent</translation>
    </message>
    <message>
        <source>When no VS Code of the owner runs.</source>
        <translation>Quand aucun VS Code du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>The socket VS Code&apos;s git extension answers credential requests on</source>
        <translation>Le socket sur lequel l’extension git de VS Code répond aux demandes d’identifiants</translation>
    </message>
    <message>
        <source>The TypeScript server&apos;s working directory for VS Code</source>
        <translation>Dossier de travail du serveur TypeScript pour VS Code</translation>
    </message>
    <message>
        <source>Vim&apos;s per-session temporary directory (filters, diffs)</source>
        <translation>Dossier temporaire de Vim par session (filtres, diffs)</translation>
    </message>
    <message>
        <source>When no Vim of the owner runs.</source>
        <translation>Quand aucun Vim du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>Neovim&apos;s per-user temporary directory</source>
        <translation>Dossier temporaire de Neovim par utilisateur</translation>
    </message>
    <message>
        <source>When no Neovim of the owner runs.</source>
        <translation>Quand aucun Neovim du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>The Emacs server&apos;s socket directory; the number is the user id</source>
        <translation>Dossier du socket du serveur Emacs&#xa0;; le nombre est l’identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>When no Emacs of the owner runs.</source>
        <translation>Quand aucun Emacs du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>Midnight Commander&apos;s per-user temporary directory</source>
        <translation>Dossier temporaire de Midnight Commander par utilisateur</translation>
    </message>
    <message>
        <source>When no mc of the owner runs.</source>
        <translation>Quand aucun mc du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>LibreOffice&apos;s per-process temporary directory</source>
        <translation>Dossier temporaire de LibreOffice par processus</translation>
    </message>
    <message>
        <source>When no LibreOffice of the owner runs; unsaved recovery data is not kept here.</source>
        <translation>Quand aucun LibreOffice du propriétaire ne s’exécute&#xa0;; les données de récupération non enregistrées ne sont pas conservées ici.</translation>
    </message>
    <message>
        <source>LibreOffice&apos;s single-instance pipe</source>
        <translation>Tube d’instance unique de LibreOffice</translation>
    </message>
    <message>
        <source>When no LibreOffice of the owner runs.</source>
        <translation>Quand aucun LibreOffice du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>LibreOffice&apos;s lock file of an open document</source>
        <translation>Fichier de verrou de LibreOffice pour un document ouvert</translation>
    </message>
    <message>
        <source>When the document is no longer open in LibreOffice.</source>
        <translation>Quand le document n’est plus ouvert dans LibreOffice.</translation>
    </message>
    <message>
        <source>Office&apos;s owner file of an open document (who has it open)</source>
        <translation>Fichier de propriétaire d’Office pour un document ouvert (qui l’a ouvert)</translation>
    </message>
    <message>
        <source>When the document is no longer open in Office.</source>
        <translation>Quand le document n’est plus ouvert dans Office.</translation>
    </message>
    <message>
        <source>Office&apos;s temporary copy of a document being saved or previewed</source>
        <translation>Copie temporaire d’Office d’un document en cours d’enregistrement ou d’aperçu</translation>
    </message>
    <message>
        <source>When no Office application of the owner runs.</source>
        <translation>Quand aucune application Office du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>Word&apos;s temporary file of a document being saved</source>
        <translation>Fichier temporaire de Word pour un document en cours d’enregistrement</translation>
    </message>
    <message>
        <source>When Word is not running.</source>
        <translation>Quand Word ne s’exécute pas.</translation>
    </message>
    <message>
        <source>SQLite&apos;s temporary database (sorts, temporary tables)</source>
        <translation>Base de données temporaire de SQLite (tris, tables temporaires)</translation>
    </message>
    <message>
        <source>When the program using SQLite has ended; the name does not say which one.</source>
        <translation>Quand le programme qui utilise SQLite s’est terminé&#xa0;; le nom ne dit pas lequel.</translation>
    </message>
    <message>
        <source>A SQLite database&apos;s rollback journal</source>
        <translation>Journal d’annulation d’une base de données SQLite</translation>
    </message>
    <message>
        <source>Never on its own: it belongs to its database, which may still need it.</source>
        <translation>Jamais seul&#xa0;: il appartient à sa base de données, qui peut encore en avoir besoin.</translation>
    </message>
    <message>
        <source>A SQLite database&apos;s write-ahead log</source>
        <translation>Journal d’écriture anticipée d’une base de données SQLite</translation>
    </message>
    <message>
        <source>A SQLite database&apos;s write-ahead log index</source>
        <translation>Index du journal d’écriture anticipée d’une base de données SQLite</translation>
    </message>
    <message>
        <source>A service&apos;s private /tmp (PrivateTmp=); removed when the service stops</source>
        <translation>/tmp privé d’un service (PrivateTmp=)&#xa0;; supprimé à l’arrêt du service</translation>
    </message>
    <message>
        <source>Never while the service runs; systemd removes it itself.</source>
        <translation>Jamais tant que le service s’exécute&#xa0;; systemd le supprime lui-même.</translation>
    </message>
    <message>
        <source>The private /tmp directories of snap applications</source>
        <translation>Les dossiers /tmp privés des applications snap</translation>
    </message>
    <message>
        <source>Never: snapd manages it.</source>
        <translation>Jamais&#xa0;: snapd le gère.</translation>
    </message>
    <message>
        <source>Flatpak&apos;s download and deploy cache</source>
        <translation>Cache de téléchargement et de déploiement de Flatpak</translation>
    </message>
    <message>
        <source>When no flatpak command runs.</source>
        <translation>Quand aucune commande flatpak ne s’exécute.</translation>
    </message>
    <message>
        <source>The X servers&apos; display sockets (made at boot by systemd-tmpfiles)</source>
        <translation>Sockets d’écran des serveurs X (créés au démarrage par systemd-tmpfiles)</translation>
    </message>
    <message>
        <source>Never: X servers put their sockets here.</source>
        <translation>Jamais&#xa0;: les serveurs X placent leurs sockets ici.</translation>
    </message>
    <message>
        <source>An X server&apos;s display lock; it holds the server&apos;s process id</source>
        <translation>Verrou d’écran d’un serveur X&#xa0;; il contient l’identifiant de processus du serveur</translation>
    </message>
    <message>
        <source>When the X server whose process id it holds is gone.</source>
        <translation>Quand le serveur X dont il contient l’identifiant de processus a disparu.</translation>
    </message>
    <message>
        <source>Sockets of the X session manager protocol (ICE)</source>
        <translation>Sockets du protocole de gestion de session X (ICE)</translation>
    </message>
    <message>
        <source>Never: session managers put their sockets here.</source>
        <translation>Jamais&#xa0;: les gestionnaires de session placent leurs sockets ici.</translation>
    </message>
    <message>
        <source>Sockets of X input methods</source>
        <translation>Sockets des méthodes de saisie X</translation>
    </message>
    <message>
        <source>Never: made at boot by systemd-tmpfiles.</source>
        <translation>Jamais&#xa0;: créé au démarrage par systemd-tmpfiles.</translation>
    </message>
    <message>
        <source>Sockets of the X font server</source>
        <translation>Sockets du serveur de polices X</translation>
    </message>
    <message>
        <source>Sockets of X test servers</source>
        <translation>Sockets des serveurs X de test</translation>
    </message>
    <message>
        <source>The X authority file startx makes for its server</source>
        <translation>Le fichier d’autorisation X que startx crée pour son serveur</translation>
    </message>
    <message>
        <source>When no startx session of the owner runs.</source>
        <translation>Quand aucune session startx du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>xvfb-run&apos;s authority directory</source>
        <translation>Dossier d’autorisation de xvfb-run</translation>
    </message>
    <message>
        <source>When no xvfb-run of the owner runs.</source>
        <translation>Quand aucun xvfb-run du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>ssh-agent&apos;s socket directory (agent.&lt;pid&gt;: the process that started the agent)</source>
        <translation>Dossier du socket de ssh-agent (agent.&lt;pid&gt;&#xa0;: le processus qui a lancé l’agent)</translation>
    </message>
    <message>
        <source>When no ssh-agent of the owner runs.</source>
        <translation>Quand aucun ssh-agent du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>tmux&apos;s server sockets; the number is the user id</source>
        <translation>Sockets du serveur tmux&#xa0;; le nombre est l’identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>When no tmux server of the owner runs; removing it while one runs cuts clients off their sessions.</source>
        <translation>Quand aucun serveur tmux du propriétaire ne s’exécute&#xa0;; le supprimer pendant qu’un serveur s’exécute coupe les clients de leurs sessions.</translation>
    </message>
    <message>
        <source>GNU Screen&apos;s session sockets</source>
        <translation>Sockets de session de GNU Screen</translation>
    </message>
    <message>
        <source>When no screen of any user runs.</source>
        <translation>Quand aucun screen d’aucun utilisateur ne s’exécute.</translation>
    </message>
    <message>
        <source>A Kerberos ticket cache; the number is the user id</source>
        <translation>Un cache de tickets Kerberos&#xa0;; le nombre est l’identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>When the tickets have expired or the user has logged out; kdestroy removes it.</source>
        <translation>Quand les tickets ont expiré ou que l’utilisateur s’est déconnecté&#xa0;; kdestroy le supprime.</translation>
    </message>
    <message>
        <source>A D-Bus session bus&apos;s socket directory</source>
        <translation>Dossier du socket d’un bus de session D-Bus</translation>
    </message>
    <message>
        <source>When no D-Bus daemon of the owner runs.</source>
        <translation>Quand aucun démon D-Bus du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>PulseAudio&apos;s runtime directory when XDG_RUNTIME_DIR is not set</source>
        <translation>Dossier d’exécution de PulseAudio quand XDG_RUNTIME_DIR n’est pas défini</translation>
    </message>
    <message>
        <source>When no sound server of the owner runs.</source>
        <translation>Quand aucun serveur de son du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>PipeWire&apos;s socket and lock</source>
        <translation>Socket et verrou de PipeWire</translation>
    </message>
    <message>
        <source>When no PipeWire of the owner runs.</source>
        <translation>Quand aucun PipeWire du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>wineserver&apos;s socket directory; the number is the user id</source>
        <translation>Dossier du socket de wineserver&#xa0;; le nombre est l’identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>When no wineserver of the owner runs.</source>
        <translation>Quand aucun wineserver du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>Podman&apos;s runtime directory; the number is the user id</source>
        <translation>Dossier d’exécution de Podman&#xa0;; le nombre est l’identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>When no podman or container of the owner runs.</source>
        <translation>Quand ni podman ni aucun conteneur du propriétaire ne s’exécutent.</translation>
    </message>
    <message>
        <source>A stand-in runtime directory made when XDG_RUNTIME_DIR is not set</source>
        <translation>Un dossier d’exécution de remplacement créé quand XDG_RUNTIME_DIR n’est pas défini</translation>
    </message>
    <message>
        <source>When the user&apos;s session has ended.</source>
        <translation>Quand la session de l’utilisateur est terminée.</translation>
    </message>
    <message>
        <source>Tracker&apos;s list of files being extracted; the number is the user id</source>
        <translation>Liste des fichiers en cours d’extraction par Tracker&#xa0;; le nombre est l’identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>When no Tracker miner of the owner runs.</source>
        <translation>Quand aucun miner de Tracker du propriétaire ne s’exécute.</translation>
    </message>
    <message>
        <source>A PHP session&apos;s stored data</source>
        <translation>Données enregistrées d’une session PHP</translation>
    </message>
    <message>
        <source>After the session has expired (session.gc_maxlifetime); PHP&apos;s own collector removes it.</source>
        <translation>Après l’expiration de la session (session.gc_maxlifetime)&#xa0;; le ramasse-miettes de PHP lui-même les supprime.</translation>
    </message>
    <message>
        <source>A file being uploaded to a PHP script</source>
        <translation>Un fichier en cours de téléversement vers un script PHP</translation>
    </message>
    <message>
        <source>When no PHP process runs; PHP removes it when the request ends.</source>
        <translation>Quand aucun processus PHP ne s’exécute&#xa0;; PHP le supprime à la fin de la requête.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of non-empty strings</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de chaînes non vides</translation>
    </message>
    <message>
        <source>bad regular expression &quot;%1&quot;: %2</source>
        <translation>expression régulière «&#xa0;%1&#xa0;» invalide&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;program&quot; are required</source>
        <translation>&quot;id&quot; et &quot;program&quot; sont obligatoires</translation>
    </message>
    <message>
        <source>give &quot;match&quot; (regular expressions) or &quot;globs&quot;</source>
        <translation>indiquez &quot;match&quot; (expressions régulières) ou &quot;globs&quot;</translation>
    </message>
    <message>
        <source>glob &quot;%1&quot;: %2</source>
        <translation>glob «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;pid&quot;.&quot;from&quot; must be &quot;name&quot;, &quot;content&quot; or &quot;children&quot;</source>
        <translation>&quot;pid&quot;.&quot;from&quot; doit valoir &quot;name&quot;, &quot;content&quot; ou &quot;children&quot;</translation>
    </message>
    <message>
        <source>&quot;pid&quot;.&quot;regex&quot; needs a group that captures the pid</source>
        <translation>&quot;pid&quot;.&quot;regex&quot; nécessite un groupe qui capture le PID</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected an object with an &quot;entries&quot; list</source>
        <translation>objet avec une liste &quot;entries&quot; attendu</translation>
    </message>
    <message>
        <source>an entry must be an object</source>
        <translation>une entrée doit être un objet</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>l’identifiant est utilisé deux fois</translation>
    </message>
    <message>
        <source>entry %1 (%2): %3</source>
        <translation>entrée %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: larger than 1 MiB; left out</source>
        <translation>%1&#xa0;: plus grand que 1&#xa0;Mio&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1: %2; left out</source>
        <translation>%1&#xa0;: %2&#xa0;; ignoré</translation>
    </message>
</context>
<context>
    <name>CleanupExecutor</name>
    <message>
        <source>kept %1 entries inside: %2</source>
        <translation>%1 entrées conservées à l’intérieur&#xa0;: %2</translation>
    </message>
    <message>
        <source>not moved to trash: %1</source>
        <translation>non déplacé dans la corbeille&#xa0;: %1</translation>
    </message>
    <message>
        <source>would move to trash</source>
        <translation>serait déplacé dans la corbeille</translation>
    </message>
    <message>
        <source>cannot open the root %1: %2</source>
        <translation>impossible d’ouvrir la racine %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the root %1 was replaced since the preview</source>
        <translation>la racine %1 a été remplacée depuis l’aperçu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the root %1 was replaced during the run</source>
        <translation>la racine %1 a été remplacée pendant l’exécution</translation>
    </message>
    <message>
        <source>already gone: removed by someone else</source>
        <translation>déjà disparu&#xa0;: supprimé par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>%1 (after removing %2 entries inside, %3)</source>
        <translation>%1 (après la suppression de %2 entrées à l’intérieur, %3)</translation>
    </message>
    <message>
        <source>%1 files have other hard links: their space is not freed</source>
        <translation>%1 fichiers ont d’autres liens physiques&#xa0;: leur espace n’est pas libéré</translation>
    </message>
    <message>
        <source>the root %1 is on a read-only file system: nothing in it can be removed</source>
        <translation>la racine %1 est sur un système de fichiers en lecture seule&#xa0;: rien ne peut y être supprimé</translation>
    </message>
    <message>
        <source>the root %1 became read-only during the run</source>
        <translation>la racine %1 est passée en lecture seule pendant l’exécution</translation>
    </message>
</context>
<context>
    <name>CleanupPlan</name>
    <message>
        <source>in use by PID %1 (%2)</source>
        <translation>utilisé par le PID %1 (%2)</translation>
    </message>
    <message>
        <source>not yours (owner %1)</source>
        <translation>ne vous appartient pas (propriétaire&#xa0;: %1)</translation>
    </message>
    <message>
        <source>not selected by any rule</source>
        <translation>sélectionné par aucune règle</translation>
    </message>
    <message>
        <source>special file (%1): never removed</source>
        <translation>fichier spécial (%1)&#xa0;: jamais supprimé</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>another filesystem (mount point)</source>
        <translation>autre système de fichiers (point de montage)</translation>
    </message>
    <message>
        <source>not fully readable (%1 errors during the scan)</source>
        <translation>pas entièrement lisible (%1 erreurs pendant l’analyse)</translation>
    </message>
    <message>
        <source>too new (%1 old, rule: older than %2)</source>
        <translation>trop récent (âge&#xa0;: %1, règle&#xa0;: plus ancien que %2)</translation>
    </message>
    <message>
        <source>could not be read completely</source>
        <translation>n’a pas pu être lu entièrement</translation>
    </message>
    <message>
        <source>the rule&apos;s age (%1) reaches back before 1970: nothing is that old</source>
        <translation>l’âge de la règle (%1) remonte avant 1970&#xa0;: rien n’est aussi ancien</translation>
    </message>
</context>
<context>
    <name>CleanupRule</name>
    <message>
        <source>%1 older than %2 by %3</source>
        <translation>%1 plus ancien que %2 selon %3</translation>
    </message>
    <message>
        <source>, per file</source>
        <translation>, fichier par fichier</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>empty duration (use e.g. 7d, 12h or 1d12h)</source>
        <translation>durée vide (utilisez par ex. 7d, 12h ou 1d12h)</translation>
    </message>
    <message>
        <source>negative duration &quot;%1&quot;</source>
        <translation>durée négative «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>duration &quot;%1&quot; is too large</source>
        <translation>la durée «&#xa0;%1&#xa0;» est trop grande</translation>
    </message>
    <message>
        <source>bad duration &quot;%1&quot;: expected a number at &quot;%2&quot;</source>
        <translation>durée «&#xa0;%1&#xa0;» invalide&#xa0;: nombre attendu à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>bad duration &quot;%1&quot;: missing unit after %2 (s, m, h, d or w)</source>
        <translation>durée «&#xa0;%1&#xa0;» invalide&#xa0;: unité manquante après %2 (s, m, h, d ou w)</translation>
    </message>
    <message>
        <source>bad duration &quot;%1&quot;: unknown unit &quot;%2&quot; (use s, m, h, d or w)</source>
        <translation>durée «&#xa0;%1&#xa0;» invalide&#xa0;: unité «&#xa0;%2&#xa0;» inconnue (utilisez s, m, h, d ou w)</translation>
    </message>
    <message>
        <source>bad duration &quot;%1&quot;: unit &quot;%2&quot; given twice</source>
        <translation>durée «&#xa0;%1&#xa0;» invalide&#xa0;: unité «&#xa0;%2&#xa0;» donnée deux fois</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 w</source>
        <translation>%1 sem.</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 a</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>an age of zero would make everything stale (use e.g. 1h or 7d)</source>
        <translation>un âge nul rendrait tout périmé (utilisez par exemple 1h ou 7d)</translation>
    </message>
    <message>
        <source>age &quot;%1&quot; reaches back before 1970: nothing could be that old</source>
        <translation>l’âge «&#xa0;%1&#xa0;» remonte avant 1970&#xa0;: rien ne peut être aussi ancien</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>the history database %1 is locked by another program (waited %2 s)</source>
        <translation>la base de données d’historique %1 est verrouillée par un autre programme (attente de %2 s)</translation>
    </message>
    <message>
        <source>the history database %1 is corrupt: %2</source>
        <translation>la base de données d’historique %1 est corrompue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (corrupt, or another kind of file)</source>
        <translation>%1 n’est pas une base de données SQLite (corrompue, ou un autre type de fichier)</translation>
    </message>
    <message>
        <source>cannot write the history database %1: the disk is full</source>
        <translation>impossible d’écrire la base de données d’historique %1&#xa0;: le disque est plein</translation>
    </message>
    <message>
        <source>the history database %1: %2</source>
        <translation>la base de données d’historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the history database %1 was written by a newer Tempscope (schema version %2; this version knows up to %3)</source>
        <translation>la base de données d’historique %1 a été écrite par une version plus récente de Tempscope (version de schéma %2&#xa0;; cette version connaît jusqu’à la %3)</translation>
    </message>
    <message>
        <source>%1 is not a Tempscope history database (another program&apos;s SQLite file)</source>
        <translation>%1 n’est pas une base de données d’historique de Tempscope (fichier SQLite d’un autre programme)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to nothing</source>
        <translation>%1 est un lien symbolique qui ne mène nulle part</translation>
    </message>
    <message>
        <source>there is no history database at %1 (tempscope-cli snapshot makes one)</source>
        <translation>il n’y a pas de base de données d’historique à %1 (tempscope-cli snapshot en crée une)</translation>
    </message>
    <message>
        <source>cannot create the history database %1: the directory %2 does not exist</source>
        <translation>impossible de créer la base de données d’historique %1&#xa0;: le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>cannot create the history database %1: permission denied</source>
        <translation>impossible de créer la base de données d’historique %1&#xa0;: permission refusée</translation>
    </message>
    <message>
        <source>the history database %1 is not a regular file</source>
        <translation>la base de données d’historique %1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot read the history database %1: permission denied</source>
        <translation>impossible de lire la base de données d’historique %1&#xa0;: permission refusée</translation>
    </message>
    <message>
        <source>cannot write the history database %1: permission denied</source>
        <translation>impossible d’écrire la base de données d’historique %1&#xa0;: permission refusée</translation>
    </message>
    <message>
        <source>no history database path given</source>
        <translation>aucun chemin de base de données d’historique indiqué</translation>
    </message>
    <message>
        <source>cannot update the history database %1: %2</source>
        <translation>impossible de mettre à jour la base de données d’historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the history database %1 was opened for reading</source>
        <translation>la base de données d’historique %1 a été ouverte en lecture seule</translation>
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
        <translation>1 h – 1 j</translation>
    </message>
    <message>
        <source>1 – 7 d</source>
        <translation>1 – 7 j</translation>
    </message>
    <message>
        <source>1 – 4 w</source>
        <translation>1 – 4 sem.</translation>
    </message>
    <message>
        <source>1 – 3 months</source>
        <translation>1 – 3 mois</translation>
    </message>
    <message>
        <source>3 – 12 months</source>
        <translation>3 – 12 mois</translation>
    </message>
    <message>
        <source>&gt; 1 year</source>
        <translation>&gt; 1 an</translation>
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
        <translation>%1, projeté en mémoire</translation>
    </message>
    <message>
        <source>%1, working directory</source>
        <translation>%1, dossier de travail</translation>
    </message>
</context>
<context>
    <name>LowSpaceAlert</name>
    <message>
        <source>%1 (%2 free, %3 %)</source>
        <translation>%1 (%2 libres, %3&#xa0;%)</translation>
    </message>
    <message>
        <source>Temp space is running out</source>
        <translation>L’espace temporaire vient à manquer</translation>
    </message>
    <message>
        <source>Low free space: %1.</source>
        <translation>Peu d’espace libre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Fastest growing there: %1 in %2, +%3 a day.</source>
        <translation>Croissance la plus rapide&#xa0;: %1 dans %2, +%3 par jour.</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>pas de bus de session D-Bus</translation>
    </message>
</context>
<context>
    <name>OrphanCleanup</name>
    <message>
        <source>not judged: the scan changed</source>
        <translation>non évalué&#xa0;: l’analyse a changé</translation>
    </message>
    <message>
        <source>not an orphan (%1): %2</source>
        <translation>pas orphelin (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>not judged: not an item of the scan</source>
        <translation>non évalué&#xa0;: pas un élément de l’analyse</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>This name holds invisible or direction-changing characters, shown as \uXXXX. Copying the path copies the real name.</source>
        <translation>Ce nom contient des caractères invisibles ou qui changent le sens d’écriture, affichés sous la forme \uXXXX. Copier le chemin copie le vrai nom.</translation>
    </message>
</context>
<context>
    <name>Protections</name>
    <message>
        <source>protected: the root itself</source>
        <translation>protégé&#xa0;: la racine elle-même</translation>
    </message>
    <message>
        <source>protected: %1 (%2)</source>
        <translation>protégé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>protected: %1</source>
        <translation>protégé&#xa0;: %1</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>exclu&#xa0;: %1</translation>
    </message>
    <message>
        <source>X11 display lock files</source>
        <translation>fichiers de verrou des écrans X11</translation>
    </message>
    <message>
        <source>X11 display sockets</source>
        <translation>sockets des écrans X11</translation>
    </message>
    <message>
        <source>ICE session sockets</source>
        <translation>sockets des sessions ICE</translation>
    </message>
    <message>
        <source>font server sockets</source>
        <translation>sockets du serveur de polices</translation>
    </message>
    <message>
        <source>X input method sockets</source>
        <translation>sockets des méthodes de saisie X</translation>
    </message>
    <message>
        <source>private temp directories of running services</source>
        <translation>dossiers temporaires privés des services en cours d’exécution</translation>
    </message>
    <message>
        <source>trash directories of this file system</source>
        <translation>dossiers de corbeille de ce système de fichiers</translation>
    </message>
</context>
<context>
    <name>RootGuard</name>
    <message>
        <source>refusing an empty root</source>
        <translation>racine vide refusée</translation>
    </message>
    <message>
        <source>root %1 does not exist</source>
        <translation>la racine %1 n’existe pas</translation>
    </message>
    <message>
        <source>root %1 is not a directory</source>
        <translation>la racine %1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>refusing to clean %1: it is the file system root</source>
        <translation>refus de nettoyer %1&#xa0;: c’est la racine du système de fichiers</translation>
    </message>
    <message>
        <source>refusing to clean %1: it is the home directory %2</source>
        <translation>refus de nettoyer %1&#xa0;: c’est le dossier personnel %2</translation>
    </message>
    <message>
        <source>refusing to clean %1: it contains the home directory %2</source>
        <translation>refus de nettoyer %1&#xa0;: il contient le dossier personnel %2</translation>
    </message>
    <message>
        <source>refusing to clean %1: it is the system directory %2</source>
        <translation>refus de nettoyer %1&#xa0;: c’est le dossier système %2</translation>
    </message>
    <message>
        <source>refusing to clean %1: it contains the system directory %2</source>
        <translation>refus de nettoyer %1&#xa0;: il contient le dossier système %2</translation>
    </message>
    <message>
        <source>cannot open the root %1: %2</source>
        <translation>impossible d’ouvrir la racine %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ScheduleSetup</name>
    <message>
        <source>the interval must be at least %1, not %2</source>
        <translation>l’intervalle doit être d’au moins %1, et non %2</translation>
    </message>
    <message>
        <source>no saved cleanup profile &quot;%1&quot; (%2)</source>
        <translation>aucun profil de nettoyage enregistré «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>none is saved: save one in the cleanup wizard of the desktop app</source>
        <translation>aucun n’est enregistré&#xa0;: enregistrez-en un dans l’assistant de nettoyage de l’application de bureau</translation>
    </message>
    <message>
        <source>saved: %1</source>
        <translation>enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>systemctl cannot be run (is systemd installed?)</source>
        <translation>impossible d’exécuter systemctl (systemd est-il installé&#xa0;?)</translation>
    </message>
    <message>
        <source>systemctl did not finish within 30 seconds</source>
        <translation>systemctl ne s’est pas terminé en 30 secondes</translation>
    </message>
    <message>
        <source>systemctl failed</source>
        <translation>systemctl a échoué</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the units are written, but systemctl --user could not enable them (%1); enable them with: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %2</source>
        <translation>les unités sont écrites, mais systemctl --user n’a pas pu les activer (%1)&#xa0;; activez-les avec&#xa0;: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>ScratchRoots</name>
    <message>
        <source>No directory given.</source>
        <translation>Aucun dossier indiqué.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be resolved.</source>
        <translation>%1 ne peut pas être résolu.</translation>
    </message>
    <message>
        <source>%1 is already a scratch root.</source>
        <translation>%1 est déjà un emplacement temporaire.</translation>
    </message>
    <message>
        <source>it is now a symbolic link to %1</source>
        <translation>c’est maintenant un lien symbolique vers %1</translation>
    </message>
    <message>
        <source>it is no longer a directory</source>
        <translation>ce n’est plus un dossier</translation>
    </message>
    <message>
        <source>a directory above it is now a symbolic link: it leads to %1</source>
        <translation>un dossier au-dessus est maintenant un lien symbolique&#xa0;: il mène à %1</translation>
    </message>
    <message>
        <source>it now belongs to %1, not to %2</source>
        <translation>il appartient maintenant à %1, et non à %2</translation>
    </message>
    <message>
        <source>it is another directory than the one saved (removed and made again since)</source>
        <translation>c’est un autre dossier que celui enregistré (supprimé et recréé depuis)</translation>
    </message>
    <message>
        <source>it belongs to %1, not to you</source>
        <translation>il appartient à %1, pas à vous</translation>
    </message>
    <message>
        <source>secondary temp directory</source>
        <translation>dossier temporaire secondaire</translation>
    </message>
    <message>
        <source>your cache directory</source>
        <translation>votre dossier de cache</translation>
    </message>
    <message>
        <source>%1 is not a saved location.</source>
        <translation>%1 n’est pas un emplacement enregistré.</translation>
    </message>
    <message>
        <source>%1 is now a symbolic link to %2; add %2 itself if you mean it.</source>
        <translation>%1 est maintenant un lien symbolique vers %2&#xa0;; ajoutez %2 lui-même si c’est ce que vous voulez.</translation>
    </message>
    <message>
        <source>%1 is no longer a directory.</source>
        <translation>%1 n’est plus un dossier.</translation>
    </message>
    <message>
        <source>%1 now leads to %2 through a symbolic link; add %2 itself if you mean it.</source>
        <translation>%1 mène maintenant à %2 par un lien symbolique&#xa0;; ajoutez %2 lui-même si c’est ce que vous voulez.</translation>
    </message>
    <message>
        <source>system temp directory, from $TMPDIR</source>
        <translation>dossier temporaire du système, d’après $TMPDIR</translation>
    </message>
    <message>
        <source>system temp directory, from $TEMP</source>
        <translation>dossier temporaire du système, d’après $TEMP</translation>
    </message>
    <message>
        <source>system temp directory, from $TMP</source>
        <translation>dossier temporaire du système, d’après $TMP</translation>
    </message>
    <message>
        <source>system temp directory, the platform&apos;s default</source>
        <translation>dossier temporaire du système, par défaut de la plateforme</translation>
    </message>
    <message>
        <source>the current directory: Python&apos;s last resort when no temp directory is usable</source>
        <translation>le dossier courant&#xa0;: dernier recours de Python quand aucun dossier temporaire n’est utilisable</translation>
    </message>
    <message>
        <source>saved location</source>
        <translation>emplacement enregistré</translation>
    </message>
    <message>
        <source>%1: no temp directory is usable, and Python&apos;s last resort, the current directory, is no temp directory (name it to use it)</source>
        <translation>%1&#xa0;: aucun dossier temporaire n’est utilisable, et le dernier recours de Python, le dossier courant, n’est pas un dossier temporaire (nommez-le pour l’utiliser)</translation>
    </message>
    <message>
        <source>%1: the saved location changed since it was saved: %2 (confirm it again in Tempscope, or name it)</source>
        <translation>%1&#xa0;: l’emplacement a changé depuis son enregistrement&#xa0;: %2 (confirmez-le à nouveau dans Tempscope, ou nommez-le)</translation>
    </message>
    <message>
        <source>%1 cannot be a scratch root: %2</source>
        <translation>%1 ne peut pas être un emplacement temporaire&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TempDirResolver</name>
    <message>
        <source>cannot write the probe file: %1</source>
        <translation>impossible d’écrire le fichier de test&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot remove the probe file: %1</source>
        <translation>impossible de supprimer le fichier de test&#xa0;: %1</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>n’est pas un dossier</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>plus d’espace disponible sur le périphérique</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>quota de disque dépassé</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>trop de niveaux de liens symboliques</translation>
    </message>
    <message>
        <source>path too long</source>
        <translation>chemin trop long</translation>
    </message>
    <message>
        <source>cannot create a file there</source>
        <translation>impossible d’y créer un fichier</translation>
    </message>
    <message>
        <source>probe file created, written and removed</source>
        <translation>fichier de test créé, écrit et supprimé</translation>
    </message>
    <message>
        <source>all %1 random probe names were already taken</source>
        <translation>les %1 noms de test aléatoires étaient tous déjà pris</translation>
    </message>
    <message>
        <source>not probed: an earlier candidate is usable</source>
        <translation>non testé&#xa0;: un candidat précédent est utilisable</translation>
    </message>
    <message>
        <source>No usable temporary directory found in [%1]</source>
        <translation>Aucun dossier temporaire utilisable trouvé parmi [%1]</translation>
    </message>
    <message>
        <source>Qt asks Windows (GetTempPath), which reads TMP, then TEMP, then USERPROFILE, then the Windows directory; Python reads TMPDIR, TEMP, TMP in that order and probes each one by creating a file.</source>
        <translation>Qt interroge Windows (GetTempPath), qui lit TMP, puis TEMP, puis USERPROFILE, puis le dossier de Windows&#xa0;; Python lit TMPDIR, TEMP et TMP dans cet ordre et teste chacun en y créant un fichier.</translation>
    </message>
    <message>
        <source>TMP and TEMP differ: Windows prefers TMP (%1), Python prefers TEMP (%2).</source>
        <translation>TMP et TEMP diffèrent&#xa0;: Windows préfère TMP (%1), Python préfère TEMP (%2).</translation>
    </message>
    <message>
        <source>TMPDIR is set: Python uses it first, Windows ignores it.</source>
        <translation>TMPDIR est défini&#xa0;: Python l’utilise en premier, Windows l’ignore.</translation>
    </message>
    <message>
        <source>Qt reads only TMPDIR, which is not set, so it asks macOS (NSTemporaryDirectory).</source>
        <translation>Qt ne lit que TMPDIR, qui n’est pas défini, et interroge donc macOS (NSTemporaryDirectory).</translation>
    </message>
    <message>
        <source>Qt reads only TMPDIR, which is not set, so it uses /tmp.</source>
        <translation>Qt ne lit que TMPDIR, qui n’est pas défini, et utilise donc /tmp.</translation>
    </message>
    <message>
        <source>Qt ignores %1 (%2); Python reads it.</source>
        <translation>Qt ignore %1 (%2)&#xa0;; Python le lit.</translation>
    </message>
    <message>
        <source>Qt reads only TMPDIR (%1) and never checks that a file can be created there.</source>
        <translation>Qt ne lit que TMPDIR (%1) et ne vérifie jamais qu’un fichier peut y être créé.</translation>
    </message>
    <message>
        <source>TMPDIR does not exist: Qt resolves the path to its canonical form, which fails, and returns an empty path (Qt 6.4). Python skips it and probes the next candidate.</source>
        <translation>TMPDIR n’existe pas&#xa0;: Qt résout le chemin sous sa forme canonique, ce qui échoue, et renvoie un chemin vide (Qt 6.4). Python l’ignore et teste le candidat suivant.</translation>
    </message>
    <message>
        <source>Qt resolves symbolic links and relative parts: %1 becomes %2; Python keeps the path as written (made absolute).</source>
        <translation>Qt résout les liens symboliques et les parties relatives&#xa0;: %1 devient %2&#xa0;; Python garde le chemin tel qu’il est écrit (rendu absolu).</translation>
    </message>
    <message>
        <source>TMPDIR is not a directory, yet Qt returns it.</source>
        <translation>TMPDIR n’est pas un dossier, mais Qt le renvoie quand même.</translation>
    </message>
    <message>
        <source>Python&apos;s probe of TMPDIR failed (%1), so Python moved on; Qt does not probe.</source>
        <translation>Le test de TMPDIR par Python a échoué (%1), Python est donc passé au suivant&#xa0;; Qt ne teste pas.</translation>
    </message>
    <message>
        <source>Both name the same directory.</source>
        <translation>Les deux désignent le même dossier.</translation>
    </message>
    <message>
        <source>Python found no usable directory.</source>
        <translation>Python n’a trouvé aucun dossier utilisable.</translation>
    </message>
    <message>
        <source>Qt&apos;s answer differs from Python&apos;s (%1).</source>
        <translation>La réponse de Qt diffère de celle de Python (%1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect temporary directories.</source>
        <translation>Examiner les dossiers temporaires.</translation>
    </message>
    <message>
        <source>Directories to show besides the temp directories.</source>
        <translation>Dossiers à afficher en plus des dossiers temporaires.</translation>
    </message>
    <message>
        <source>Use a dark palette (with the Fusion style).</source>
        <translation>Utiliser une palette sombre (avec le style Fusion).</translation>
    </message>
</context>
<context>
    <name>tempscope</name>
    <message>
        <source>Whole items: tmpfiles.d judges every file by its own age, so the old files of an item that has newer ones are removed too: the file behaves like --per-file.</source>
        <translation>Éléments entiers&#xa0;: tmpfiles.d juge chaque fichier selon son propre âge, donc les anciens fichiers d’un élément qui en contient de plus récents sont aussi supprimés&#xa0;: le fichier se comporte comme --per-file.</translation>
    </message>
    <message>
        <source>Includes: tmpfiles.d cleans only inside the directories that match an include (&quot;e ROOT/upload_*&quot;); it neither removes top-level files that match nor those directories themselves.</source>
        <translation>Inclusions&#xa0;: tmpfiles.d ne nettoie qu’à l’intérieur des dossiers qui correspondent à une inclusion («&#xa0;e ROOT/upload_*&#xa0;»)&#xa0;; il ne supprime ni les fichiers correspondants au premier niveau, ni ces dossiers eux-mêmes.</translation>
    </message>
    <message>
        <source>Other users&apos; entries: tmpfiles.d removes stale files of every user; Tempscope keeps them unless --include-others is given.</source>
        <translation>Entrées des autres utilisateurs&#xa0;: tmpfiles.d supprime les fichiers périmés de tous les utilisateurs&#xa0;; Tempscope les conserve, sauf si --include-others est indiqué.</translation>
    </message>
    <message>
        <source>Trash: tmpfiles.d deletes; it cannot move items to the trash.</source>
        <translation>Corbeille&#xa0;: tmpfiles.d supprime&#xa0;; il ne peut pas déplacer les éléments dans la corbeille.</translation>
    </message>
    <message>
        <source>Files in use: tmpfiles.d does not check whether a process has a file open (it only skips directories locked with flock); Tempscope skips them.</source>
        <translation>Fichiers utilisés&#xa0;: tmpfiles.d ne vérifie pas si un processus a ouvert un fichier (il ignore seulement les dossiers verrouillés avec flock)&#xa0;; Tempscope les ignore.</translation>
    </message>
    <message>
        <source>Several rules for %1: tmpfiles.d applies the first line for a path and ignores later ones.</source>
        <translation>Plusieurs règles pour %1&#xa0;: tmpfiles.d applique la première ligne d’un chemin et ignore les suivantes.</translation>
    </message>
    <message>
        <source>Paths with control characters (such as line breaks) cannot be written; their lines are left out.</source>
        <translation>Les chemins contenant des caractères de contrôle (comme des sauts de ligne) ne peuvent pas être écrits&#xa0;; leurs lignes sont omises.</translation>
    </message>
    <message>
        <source>Excludes and protections by name: Tempscope keeps a matching name at any depth; tmpfiles.d globs match whole paths, so the file keeps matches at the top level of the root only.</source>
        <translation>Exclusions et protections par nom&#xa0;: Tempscope conserve un nom correspondant à toute profondeur&#xa0;; les globs de tmpfiles.d portent sur des chemins entiers, donc le fichier ne conserve que les correspondances au premier niveau de la racine.</translation>
    </message>
    <message>
        <source>A glob starting with a wildcard does not match names starting with &apos;.&apos; in tmpfiles.d.</source>
        <translation>Dans tmpfiles.d, un glob commençant par un joker ne correspond pas aux noms commençant par «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>held by %1 pid %2</source>
        <translation>tenu par %1 PID %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more process(es)</source>
        <translation>
            <numerusform> et %n autre processus</numerusform>
            <numerusform> et %n autres processus</numerusform>
        </translation>
    </message>
    <message>
        <source>no known program makes names like this</source>
        <translation>aucun programme connu ne crée de tels noms</translation>
    </message>
    <message>
        <source>the running processes cannot be listed on this system</source>
        <translation>les processus en cours ne peuvent pas être listés sur ce système</translation>
    </message>
    <message>
        <source>%1 pid %2 is gone</source>
        <translation>%1 PID %2 a disparu</translation>
    </message>
    <message>
        <source>pid %1 is now %2, not %3</source>
        <translation>le PID %1 est maintenant %2, pas %3</translation>
    </message>
    <message>
        <source>pid %1 (%2) was reused: it started after the item was made</source>
        <translation>le PID %1 (%2) a été réutilisé&#xa0;: le processus a démarré après la création de l’élément</translation>
    </message>
    <message>
        <source>%1 pid %2 runs</source>
        <translation>%1 PID %2 s’exécute</translation>
    </message>
    <message>
        <source>none of the %1 pids inside runs (%2)</source>
        <translation>aucun des %1 PID qu’il contient ne s’exécute (%2)</translation>
    </message>
    <message>
        <source>%1: which process made it cannot be told</source>
        <translation>%1&#xa0;: impossible de savoir quel processus l’a créé</translation>
    </message>
    <message>
        <source>no process named %1 runs</source>
        <translation>aucun processus nommé %1 ne s’exécute</translation>
    </message>
    <message>
        <source>no process named %1 runs for its owner</source>
        <translation>aucun processus nommé %1 ne s’exécute pour son propriétaire</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Owner running</source>
        <translation>Programme actif</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Orphelin</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>whether it is in use cannot be seen on this system</source>
        <translation>ce système ne permet pas de savoir s’il est utilisé</translation>
    </message>
</context>
<context>
    <name>tempscope::PrefixFamilies</name>
    <message>
        <source>Enter a prefix such as myapp- or a pattern such as upload_*.csv.</source>
        <translation>Saisissez un préfixe comme myapp- ou un motif comme upload_*.csv.</translation>
    </message>
    <message>
        <source>The name starts or ends with a space; names rarely do, so this is likely a typing mistake.</source>
        <translation>Le nom commence ou se termine par une espace&#xa0;; c’est rare pour un nom, il s’agit donc probablement d’une faute de frappe.</translation>
    </message>
    <message>
        <source>A family matches names of items, not paths: leave out the &quot;/&quot;.</source>
        <translation>Une famille correspond à des noms d’éléments, pas à des chemins&#xa0;: omettez le «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>Names cannot contain a null character.</source>
        <translation>Les noms ne peuvent pas contenir de caractère nul.</translation>
    </message>
    <message>
        <source>Names are at most 255 characters long.</source>
        <translation>Les noms ont au plus 255 caractères.</translation>
    </message>
    <message>
        <source>The character set opened by &quot;[&quot; is not closed with &quot;]&quot;.</source>
        <translation>L’ensemble de caractères ouvert par «&#xa0;[&#xa0;» n’est pas fermé par «&#xa0;]&#xa0;».</translation>
    </message>
    <message>
        <source>This pattern matches almost every name and would hide all other families.</source>
        <translation>Ce motif correspond à presque tous les noms et masquerait toutes les autres familles.</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::AboutBox</name>
    <message>
        <source>About Tempscope</source>
        <translation>À propos de Tempscope</translation>
    </message>
    <message>
        <source>Looks into temporary directories and cleans them safely: what is there, who made it, how old it is, and what can go.</source>
        <translation>Examine les dossiers temporaires et les nettoie en toute sécurité&#xa0;: ce qui s’y trouve, qui l’a créé, depuis quand il est là, et ce qui peut partir.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>Licence&#xa0;: GNU General Public License, version 3 ou ultérieure (GPL-3.0-or-later). AUCUNE GARANTIE n’est fournie, dans les limites permises par la loi.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté sous Qt %2.</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::AgeChartView</name>
    <message>
        <source>Si&amp;ze</source>
        <translation>&amp;Taille</translation>
    </message>
    <message>
        <source>Ite&amp;ms</source>
        <translation>Élé&amp;ments</translation>
    </message>
    <message>
        <source>Age chart summary</source>
        <translation>Résumé du graphique des âges</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Bytes per age</source>
        <translation>Octets par âge</translation>
    </message>
    <message>
        <source>Show bytes per age</source>
        <translation>Afficher les octets par âge</translation>
    </message>
    <message>
        <source>Number of items per age</source>
        <translation>Nombre d’éléments par âge</translation>
    </message>
    <message>
        <source>Show the number of items per age</source>
        <translation>Afficher le nombre d’éléments par âge</translation>
    </message>
    <message>
        <source>Bytes and items per age, by family</source>
        <translation>Octets et éléments par âge, par famille</translation>
    </message>
    <message>
        <source>other (1 family)</source>
        <translation>autres (1 famille)</translation>
    </message>
    <message numerus="yes">
        <source>other (%n families)</source>
        <translation>
            <numerusform>autres (%n famille)</numerusform>
            <numerusform>autres (%n familles)</numerusform>
        </translation>
    </message>
    <message>
        <source>No scan of this location yet.</source>
        <translation>Cet emplacement n’a pas encore été analysé.</translation>
    </message>
    <message>
        <source>1 item, %1, by age (%2 timestamp) and family.</source>
        <translation>1 élément, %1, par âge (date de référence&#xa0;: %2) et par famille.</translation>
    </message>
    <message numerus="yes">
        <source>%n items, %1, by age (%2 timestamp) and family.</source>
        <translation>
            <numerusform>%n élément, %1, par âge (date de référence&#xa0;: %2) et par famille.</numerusform>
            <numerusform>%n éléments, %1, par âge (date de référence&#xa0;: %2) et par famille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other families</source>
        <translation>Autres familles</translation>
    </message>
    <message>
        <source>%1, %2 old</source>
        <translation>%1, âge&#xa0;: %2</translation>
    </message>
    <message>
        <source>1 item, %1</source>
        <translation>1 élément, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n items, %1</source>
        <translation>
            <numerusform>%n élément, %1</numerusform>
            <numerusform>%n éléments, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the items of this age</source>
        <translation>%1&#xa0;% des éléments de cet âge</translation>
    </message>
    <message>
        <source>Past the stale threshold (%1)</source>
        <translation>Au-delà du seuil de péremption (%1)</translation>
    </message>
    <message>
        <source>Partly past the stale threshold (%1)</source>
        <translation>En partie au-delà du seuil de péremption (%1)</translation>
    </message>
    <message>
        <source>stale after %1</source>
        <translation>périmé au-delà de %1</translation>
    </message>
    <message>
        <source>Items older than %1 are stale</source>
        <translation>Les éléments plus anciens que %1 sont périmés</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::CleanupActions</name>
    <message>
        <source>&amp;Clean Up…</source>
        <translation>&amp;Nettoyer…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash…</source>
        <translation>Déplacer dans la &amp;corbeille…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Copier le c&amp;hemin</translation>
    </message>
    <message>
        <source>&amp;Open Containing Folder</source>
        <translation>&amp;Ouvrir le dossier parent</translation>
    </message>
    <message>
        <source>Remove stale items of the selected location, after a preview (Ctrl+Shift+C)</source>
        <translation>Supprimer les éléments périmés de l’emplacement sélectionné, après un aperçu (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Move the selected items to the trash, after a preview (Delete)</source>
        <translation>Déplacer les éléments sélectionnés dans la corbeille, après un aperçu (Suppr)</translation>
    </message>
    <message>
        <source>Delete the selected items permanently, after a preview (Shift+Delete)</source>
        <translation>Supprimer définitivement les éléments sélectionnés, après un aperçu (Maj+Suppr)</translation>
    </message>
    <message>
        <source>Put back what the last cleanup moved to the trash, where nothing else has taken its place (Ctrl+Z)</source>
        <translation>Remettre en place ce que le dernier nettoyage a déplacé dans la corbeille, là où rien d’autre n’a pris sa place (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation>&amp;Annuler le déplacement dans la corbeille</translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash (1 item)</source>
        <translation>&amp;Annuler le déplacement dans la corbeille (1 élément)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo Move to Trash (%n items)</source>
        <translation>
            <numerusform>&amp;Annuler le déplacement dans la corbeille (%n élément)</numerusform>
            <numerusform>&amp;Annuler le déplacement dans la corbeille (%n éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>Ouvrir le dossier parent</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Aucun gestionnaire de fichiers n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Undo Move to Trash</source>
        <translation>Annuler le déplacement dans la corbeille</translation>
    </message>
    <message>
        <source>1 item stays in the trash:</source>
        <translation>1 élément reste dans la corbeille&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n items stay in the trash:</source>
        <translation>
            <numerusform>%n élément reste dans la corbeille&#xa0;:</numerusform>
            <numerusform>%n éléments restent dans la corbeille&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempscope::gui::CleanupWizard</name>
    <message>
        <source>Clean Up %1</source>
        <translation>Nettoyer %1</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Déplacer dans la corbeille</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>picked in the items view</source>
        <translation>choisi dans la vue des éléments</translation>
    </message>
    <message>
        <source>This scan was stopped before it finished: only items read completely can be removed, the others are kept. Rescan for a complete plan.</source>
        <translation>Cette analyse a été arrêtée avant la fin&#xa0;: seuls les éléments lus entièrement peuvent être supprimés, les autres sont conservés. Réanalysez pour obtenir un plan complet.</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::DetailsPane</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copier le chemin</translation>
    </message>
    <message>
        <source>&amp;Open containing folder</source>
        <translation>&amp;Ouvrir le dossier parent</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Détails de l’élément</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Sélectionnez un élément pour voir ses détails.</translation>
    </message>
    <message>
        <source>Full path</source>
        <translation>Chemin complet</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>Famille&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Entrées&#xa0;:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modifié&#xa0;:</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>Dernier accès&#xa0;:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>État modifié&#xa0;:</translation>
    </message>
    <message>
        <source>Newest inside:</source>
        <translation>Plus récent à l’intérieur&#xa0;:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permissions&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Inode:</source>
        <translation>Inœud&#xa0;:</translation>
    </message>
    <message>
        <source>Unreadable:</source>
        <translation>Illisible&#xa0;:</translation>
    </message>
    <message>
        <source>Why the item is or is not stale</source>
        <translation>Pourquoi l’élément est périmé ou non</translation>
    </message>
    <message>
        <source> (mount point, not entered)</source>
        <translation> (point de montage, non parcouru)</translation>
    </message>
    <message>
        <source>%1 (%L2 bytes; %3 on disk)</source>
        <translation>%1 (%L2 octets&#xa0;; %3 sur le disque)</translation>
    </message>
    <message>
        <source>%1 (%2 old, by %3)</source>
        <translation>%1 (âge&#xa0;: %2, selon %3)</translation>
    </message>
    <message>
        <source>%1 (uid %2)</source>
        <translation>%1 (UID %2)</translation>
    </message>
    <message>
        <source>%1 on device %2</source>
        <translation>%1 sur le périphérique %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>1 entry inside could not be read</source>
        <translation>1 entrée à l’intérieur n’a pas pu être lue</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries inside could not be read</source>
        <translation>
            <numerusform>%Ln entrée à l’intérieur n’a pas pu être lue</numerusform>
            <numerusform>%Ln entrées à l’intérieur n’ont pas pu être lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>Retenu par&#xa0;:</translation>
    </message>
    <message>
        <source>Protected:</source>
        <translation>Protégé&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (inside: %2)</source>
        <translation>%1 (à l’intérieur&#xa0;: %2)</translation>
    </message>
    <message>
        <source>(inside an item)</source>
        <translation>(à l’intérieur d’un élément)</translation>
    </message>
    <message>
        <source>no process (as far as this user can see)</source>
        <translation>aucun processus (pour autant que cet utilisateur puisse le voir)</translation>
    </message>
    <message>
        <source>A cleanup keeps it while it is in use: it was open when the scan finished.</source>
        <translation>Un nettoyage le conserve tant qu’il est utilisé&#xa0;: il était ouvert à la fin de l’analyse.</translation>
    </message>
    <message>
        <source>A cleanup never removes it: the built-in protections keep %1.</source>
        <translation>Un nettoyage ne le supprime jamais&#xa0;: les protections intégrées conservent %1.</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Créé par&#xa0;:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict&#xa0;:</translation>
    </message>
    <message>
        <source>no known program (not in the catalogue of known temp files)</source>
        <translation>aucun programme connu (absent du catalogue des fichiers temporaires connus)</translation>
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation>%1, PID %2</translation>
    </message>
    <message>
        <source>Catalogue entry &quot;%1&quot;; safe to remove: %2</source>
        <translation>Entrée du catalogue «&#xa0;%1&#xa0;»&#xa0;; suppression sans risque&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>It is an orphan: the program that made it is gone (%1).</source>
        <translation>C’est un orphelin&#xa0;: le programme qui l’a créé a disparu (%1).</translation>
    </message>
    <message>
        <source>unknown (this system does not show open files)</source>
        <translation>inconnu (ce système ne montre pas les fichiers ouverts)</translation>
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
        <translation>aucun</translation>
    </message>
    <message>
        <source>1 stale item, %1 % of the family&apos;s bytes</source>
        <translation>1 élément périmé, %1&#xa0;% des octets de la famille</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Plus récent</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Périmés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stale items, %1 % of the family&apos;s bytes</source>
        <translation>
            <numerusform>%Ln élément périmé, %1&#xa0;% des octets de la famille</numerusform>
            <numerusform>%Ln éléments périmés, %1&#xa0;% des octets de la famille</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>tracked family</source>
        <translation>famille suivie</translation>
    </message>
    <message>
        <source>A family you track</source>
        <translation>Une famille que vous suivez</translation>
    </message>
    <message>
        <source>A family you track; no item in this location belongs to it</source>
        <translation>Une famille que vous suivez&#xa0;; aucun élément de cet emplacement n’en fait partie</translation>
    </message>
    <message>
        <source>%1: %2
Safe to remove: %3</source>
        <translation>%1&#xa0;: %2
Suppression sans risque&#xa0;: %3</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::FilterBar</name>
    <message>
        <source>&amp;Stale only</source>
        <translation>Uniquement les &amp;périmés</translation>
    </message>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Filtrer par nom (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter items by name</source>
        <translation>Filtrer les éléments par nom</translation>
    </message>
    <message>
        <source>Family filter</source>
        <translation>Filtre de famille</translation>
    </message>
    <message>
        <source>Show every family</source>
        <translation>Afficher toutes les familles</translation>
    </message>
    <message>
        <source>Clear family filter</source>
        <translation>Effacer le filtre de famille</translation>
    </message>
    <message>
        <source>Show only items older than the threshold</source>
        <translation>N’afficher que les éléments plus anciens que le seuil</translation>
    </message>
    <message>
        <source>Stale &amp;after:</source>
        <translation>Périmé au-&amp;delà de&#xa0;:</translation>
    </message>
    <message>
        <source>Age threshold</source>
        <translation>Seuil d’âge</translation>
    </message>
    <message>
        <source>An age such as 90s, 15m, 12h, 7d, 2w or 1d12h; empty: nothing is stale</source>
        <translation>Un âge comme 90s, 15m, 12h, 7d, 2w ou 1d12h (d = jours, w = semaines)&#xa0;; vide&#xa0;: rien n’est périmé</translation>
    </message>
    <message>
        <source>&amp;by:</source>
        <translation>&amp;selon&#xa0;:</translation>
    </message>
    <message>
        <source>Timestamp basis</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Family: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Famille&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>Â&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Show only items of this age, measured on the timestamp basis</source>
        <translation>N’afficher que les éléments de cet âge, mesuré selon la date de référence</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>O&amp;rphans only</source>
        <translation>Uniquement les &amp;orphelins</translation>
    </message>
    <message>
        <source>Show only items whose program is gone (the Verdict column says why)</source>
        <translation>Afficher uniquement les éléments dont le programme a disparu (la colonne Verdict indique pourquoi)</translation>
    </message>
    <message>
        <source>name contains “%1”</source>
        <translation>le nom contient «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>family %1</source>
        <translation>famille %1</translation>
    </message>
    <message>
        <source>stale only</source>
        <translation>uniquement les périmés</translation>
    </message>
    <message>
        <source>orphans only</source>
        <translation>uniquement les orphelins</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>âge %1</translation>
    </message>
    <message>
        <source>“%1” is not an age: %2. Still using %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un âge&#xa0;: %2. Valeur conservée&#xa0;: %3.</translation>
    </message>
    <message>
        <source>no threshold</source>
        <translation>aucun seuil</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ItemsModel</name>
    <message>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>mount point</source>
        <translation>point de montage</translation>
    </message>
    <message>
        <source>%L1 unreadable</source>
        <translation>%L1 illisibles</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>symlink</source>
        <translation>lien symbolique</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <source>character device</source>
        <translation>périphérique caractère</translation>
    </message>
    <message>
        <source>block device</source>
        <translation>périphérique bloc</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%L1 bytes (%2 on disk)</source>
        <translation>%L1 octets (%2 sur le disque)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>in use by PID %1 (%2)</source>
        <translation>utilisé par le PID %1 (%2)</translation>
    </message>
    <message>
        <source>%1 and one other process</source>
        <translation>%1 et un autre processus</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other processes</source>
        <translation>
            <numerusform>%1 et %n autre processus</numerusform>
            <numerusform>%1 et %n autres processus</numerusform>
        </translation>
    </message>
    <message>
        <source>protected (%1)</source>
        <translation>protégé (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>Retenu par&#xa0;:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>calcul…</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Langue du &amp;système</translation>
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
        <translation>Dossier temporaire</translation>
    </message>
    <message>
        <source>Secondary temp</source>
        <translation>Dossier temporaire secondaire</translation>
    </message>
    <message>
        <source>Runtime directory</source>
        <translation>Dossier d’exécution</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Ajouté par vous</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation>Pas encore analysé</translation>
    </message>
    <message>
        <source>1 item · %1</source>
        <translation>1 élément · %1</translation>
    </message>
    <message>
        <source> · %1 stale</source>
        <translation> · %1 périmés</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation> (incomplet)</translation>
    </message>
    <message>
        <source>Does not exist</source>
        <translation>N’existe pas</translation>
    </message>
    <message>
        <source>Volume unknown</source>
        <translation>Volume inconnu</translation>
    </message>
    <message>
        <source>tmpfs, in memory</source>
        <translation>tmpfs, en mémoire</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>, lecture seule</translation>
    </message>
    <message>
        <source>%1 free of %2 · %3</source>
        <translation>%1 libres sur %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items · %1</source>
        <translation>
            <numerusform>%Ln élément · %1</numerusform>
            <numerusform>%Ln éléments · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since you added it: %1. Not scanned until you confirm it.</source>
        <translation>Modifié depuis que vous l’avez ajouté&#xa0;: %1. Il ne sera analysé qu’après votre confirmation.</translation>
    </message>
    <message>
        <source> · rescan stopped</source>
        <translation> · réanalyse arrêtée</translation>
    </message>
    <message>
        <source> · rescan failed</source>
        <translation> · échec de la réanalyse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>&amp;Réanalyser</translation>
    </message>
    <message>
        <source>Scan the selected location again (F5)</source>
        <translation>Analyser à nouveau l’emplacement sélectionné (F5)</translation>
    </message>
    <message>
        <source>&amp;Stop scanning</source>
        <translation>&amp;Arrêter l’analyse</translation>
    </message>
    <message>
        <source>&amp;Add location…</source>
        <translation>&amp;Ajouter un emplacement…</translation>
    </message>
    <message>
        <source>Add a directory to the locations (Ctrl+O)</source>
        <translation>Ajouter un dossier aux emplacements (Ctrl+O)</translation>
    </message>
    <message>
        <source>Re&amp;move location</source>
        <translation>&amp;Retirer l’emplacement</translation>
    </message>
    <message>
        <source>Remove the selected location you added (the directory is not touched)</source>
        <translation>Retirer l’emplacement sélectionné que vous avez ajouté (le dossier n’est pas modifié)</translation>
    </message>
    <message>
        <source>&amp;Why this temporary directory?</source>
        <translation>&amp;Pourquoi ce dossier temporaire&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Filter items</source>
        <translation>&amp;Filtrer les éléments</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familles</translation>
    </message>
    <message>
        <source>&amp;Families — select one to show only its items</source>
        <translation>&amp;Familles — sélectionnez-en une pour n’afficher que ses éléments</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Analyse de %1…</translation>
    </message>
    <message>
        <source>Scanning %1: %L2 entries in %L3 directories…</source>
        <translation>Analyse de %1&#xa0;: %L2 entrées dans %L3 dossiers…</translation>
    </message>
    <message>
        <source> (stopped: incomplete)</source>
        <translation> (arrêtée&#xa0;: incomplète)</translation>
    </message>
    <message>
        <source>Could not scan %1: %2</source>
        <translation>Impossible d’analyser %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation>Ajouter un emplacement</translation>
    </message>
    <message>
        <source>Cannot add this location</source>
        <translation>Impossible d’ajouter cet emplacement</translation>
    </message>
    <message>
        <source>Scanned %1: %L2 entries in %L3 s%4</source>
        <translation>%1 analysé&#xa0;: %L2 entrées en %L3 s%4</translation>
    </message>
    <message>
        <source>&amp;Playground…</source>
        <translation>&amp;Bac à sable…</translation>
    </message>
    <message>
        <source>Try temp files live and watch them here (Ctrl+Shift+P)</source>
        <translation>Essayer les fichiers temporaires en direct et les observer ici (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>&amp;Track a Family…</source>
        <translation>&amp;Suivre une famille…</translation>
    </message>
    <message>
        <source>Name the families of your own applications by prefix or pattern (Ctrl+T)</source>
        <translation>Nommer les familles de vos propres applications par préfixe ou motif (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <source>&amp;Clean</source>
        <translation>&amp;Nettoyage</translation>
    </message>
    <message>
        <source>Cannot open the playground</source>
        <translation>Impossible d’ouvrir le bac à sable</translation>
    </message>
    <message>
        <source>No directory for the playground could be made: %1</source>
        <translation>Aucun dossier n’a pu être créé pour le bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is changing faster than it can be shown; updates paused — F5 rescans</source>
        <translation>%1 change plus vite qu’il ne peut être affiché&#xa0;; mises à jour suspendues — F5 pour réanalyser</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 items shown · %2</source>
        <translation>
            <numerusform>%Ln élément affiché sur %L1 · %2</numerusform>
            <numerusform>%Ln éléments affichés sur %L1 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm this location</source>
        <translation>Confirmer cet emplacement</translation>
    </message>
    <message>
        <source>%1 is not what you added: %2.

Scan it and offer it for cleaning as it is now?</source>
        <translation>%1 n’est plus ce que vous avez ajouté&#xa0;: %2.

L’analyser et le proposer au nettoyage tel qu’il est maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot confirm this location</source>
        <translation>Impossible de confirmer cet emplacement</translation>
    </message>
    <message>
        <source>&amp;Confirm location…</source>
        <translation>&amp;Confirmer l’emplacement…</translation>
    </message>
    <message>
        <source>Accept a location you added that has changed since (it is not scanned until then)</source>
        <translation>Accepter un emplacement ajouté qui a changé depuis (il n’est pas analysé d’ici là)</translation>
    </message>
    <message>
        <source>Rescan of %1 stopped; the complete results from %2 are shown</source>
        <translation>Réanalyse de %1 arrêtée&#xa0;; les résultats complets de %2 sont affichés</translation>
    </message>
    <message>
        <source>Could not rescan %1: %2; the results from %3 are shown</source>
        <translation>Impossible de réanalyser %1&#xa0;: %2&#xa0;; les résultats de %3 sont affichés</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Tempscope</source>
        <translation>À &amp;propos de Tempscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Choose a location on the left to see what is in it.</source>
        <translation>Choisissez un emplacement à gauche pour voir ce qu’il contient.</translation>
    </message>
    <message>
        <source>%1 is not scanned: %2. File › Confirm location… accepts it as it is now.</source>
        <translation>%1 n’est pas analysé&#xa0;: %2. Fichier › Confirmer l’emplacement… l’accepte tel qu’il est maintenant.</translation>
    </message>
    <message>
        <source>%1 could not be scanned: %2</source>
        <translation>%1 n’a pas pu être analysé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 has not been scanned yet. Press F5 to scan it.</source>
        <translation>%1 n’a pas encore été analysé. Appuyez sur F5 pour l’analyser.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln items are hidden by the filter: %1.</source>
        <translation>
            <numerusform>%Ln élément est masqué par le filtre&#xa0;: %1.</numerusform>
            <numerusform>Les %Ln éléments sont tous masqués par le filtre&#xa0;: %1.</numerusform>
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
        <translation>%L1 octets</translation>
    </message>
    <message>
        <source>%1
Rule: %2</source>
        <translation>%1
Règle&#xa0;: %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Kept because</source>
        <translation>Conservé car</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::PreviewPage</name>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>&amp;Uncheck All</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Working out what can be removed and checking which files are open…</source>
        <translation>Détermination de ce qui peut être supprimé et vérification des fichiers ouverts…</translation>
    </message>
    <message>
        <source>Computing the preview</source>
        <translation>Calcul de l’aperçu</translation>
    </message>
    <message>
        <source>Items to remove</source>
        <translation>Éléments à supprimer</translation>
    </message>
    <message>
        <source>Items kept</source>
        <translation>Éléments conservés</translation>
    </message>
    <message>
        <source>Check all items</source>
        <translation>Cocher tous les éléments</translation>
    </message>
    <message>
        <source>Uncheck all items</source>
        <translation>Décocher tous les éléments</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Check or Uncheck Selected</source>
        <translation>Cocher ou décocher la sélection</translation>
    </message>
    <message>
        <source>Move to &amp;Trash…</source>
        <translation>Déplacer dans la &amp;corbeille…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>The items you picked, checked again. Nothing has been touched yet.</source>
        <translation>Les éléments que vous avez choisis, vérifiés à nouveau. Rien n’a encore été modifié.</translation>
    </message>
    <message>
        <source>What the rules select in %1. Nothing has been touched yet; uncheck what you want to keep.</source>
        <translation>Ce que les règles sélectionnent dans %1. Rien n’a encore été modifié&#xa0;; décochez ce que vous voulez conserver.</translation>
    </message>
    <message>
        <source>%1 has not been scanned yet.</source>
        <translation>%1 n’a pas encore été analysé.</translation>
    </message>
    <message>
        <source>This location cannot be cleaned: %1</source>
        <translation>Cet emplacement ne peut pas être nettoyé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;To move to the trash (%n item, %1):</source>
        <translation>
            <numerusform>À dép&amp;lacer dans la corbeille (%n élément, %1)&#xa0;:</numerusform>
            <numerusform>À dép&amp;lacer dans la corbeille (%n éléments, %1)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;To move to the trash (%n items, %1):</source>
        <translation>
            <numerusform>À dép&amp;lacer dans la corbeille (%n élément, %1)&#xa0;:</numerusform>
            <numerusform>À dép&amp;lacer dans la corbeille (%n éléments, %1)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;To delete (%n item, %1):</source>
        <translation>
            <numerusform>À supp&amp;rimer (%n élément, %1)&#xa0;:</numerusform>
            <numerusform>À supp&amp;rimer (%n éléments, %1)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;To delete (%n items, %1):</source>
        <translation>
            <numerusform>À supp&amp;rimer (%n élément, %1)&#xa0;:</numerusform>
            <numerusform>À supp&amp;rimer (%n éléments, %1)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Kept, and why (%n item, %1):</source>
        <translation>
            <numerusform>Co&amp;nservés, et pourquoi (%n élément, %1)&#xa0;:</numerusform>
            <numerusform>Co&amp;nservés, et pourquoi (%n éléments, %1)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Kept, and why (%n items, %1):</source>
        <translation>
            <numerusform>Co&amp;nservés, et pourquoi (%n élément, %1)&#xa0;:</numerusform>
            <numerusform>Co&amp;nservés, et pourquoi (%n éléments, %1)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to remove: the list below says why each item is kept.</source>
        <translation>Rien à supprimer&#xa0;: la liste ci-dessous indique pourquoi chaque élément est conservé.</translation>
    </message>
    <message>
        <source>Nothing is checked, so nothing will be removed.</source>
        <translation>Rien n’est coché, donc rien ne sera supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%n item checked: %1 will be moved to the trash.</source>
        <translation>
            <numerusform>%n élément coché&#xa0;: %1 sera déplacé dans la corbeille.</numerusform>
            <numerusform>%n éléments cochés&#xa0;: %1 seront déplacés dans la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items checked: %1 will be moved to the trash.</source>
        <translation>
            <numerusform>%n élément coché&#xa0;: %1 sera déplacé dans la corbeille.</numerusform>
            <numerusform>%n éléments cochés&#xa0;: %1 seront déplacés dans la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item checked: %1 will be deleted permanently.</source>
        <translation>
            <numerusform>%n élément coché&#xa0;: %1 sera supprimé définitivement.</numerusform>
            <numerusform>%n éléments cochés&#xa0;: %1 seront supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items checked: %1 will be deleted permanently.</source>
        <translation>
            <numerusform>%n élément coché&#xa0;: %1 sera supprimé définitivement.</numerusform>
            <numerusform>%n éléments cochés&#xa0;: %1 seront supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <source>unchecked in the preview</source>
        <translation>décoché dans l’aperçu</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item (%1) to the trash?</source>
        <translation>
            <numerusform>Déplacer %n élément (%1) dans la corbeille&#xa0;?</numerusform>
            <numerusform>Déplacer %n éléments (%1) dans la corbeille&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n items (%1) to the trash?</source>
        <translation>
            <numerusform>Déplacer %n élément (%1) dans la corbeille&#xa0;?</numerusform>
            <numerusform>Déplacer %n éléments (%1) dans la corbeille&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item (%1) permanently?</source>
        <translation>
            <numerusform>Supprimer définitivement %n élément (%1)&#xa0;?</numerusform>
            <numerusform>Supprimer définitivement %n éléments (%1)&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items (%1) permanently?</source>
        <translation>
            <numerusform>Supprimer définitivement %n élément (%1)&#xa0;?</numerusform>
            <numerusform>Supprimer définitivement %n éléments (%1)&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Déplacer dans la corbeille</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Each item is checked again just before it is moved: anything in use, locked or changed since this preview is kept.</source>
        <translation>Chaque élément est vérifié à nouveau juste avant d’être déplacé&#xa0;: tout ce qui est utilisé, verrouillé ou modifié depuis cet aperçu est conservé.</translation>
    </message>
    <message>
        <source>This cannot be undone. Each item is checked again just before it is removed: anything in use, locked or changed since this preview is kept.</source>
        <translation>Cette action est irréversible. Chaque élément est vérifié à nouveau juste avant d’être supprimé&#xa0;: tout ce qui est utilisé, verrouillé ou modifié depuis cet aperçu est conservé.</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Déplacer dans la &amp;corbeille</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Check Selected</source>
        <translation>&amp;Cocher la sélection</translation>
    </message>
    <message>
        <source>&amp;Uncheck Selected</source>
        <translation>Déc&amp;ocher la sélection</translation>
    </message>
    <message>
        <source>U&amp;ncheck All</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>Files in use are kept as far as Tempscope can see: it looks again when the cleanup starts, but a program may open a file after that.</source>
        <translation>Les fichiers ouverts sont conservés dans la mesure où Tempscope peut les voir&#xa0;: il vérifie à nouveau au début du nettoyage, mais un programme peut encore ouvrir un fichier ensuite.</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ProgressPage</name>
    <message>
        <source>Cleaning Up</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <source>Cleanup progress</source>
        <translation>Progression du nettoyage</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Élément en cours</translation>
    </message>
    <message>
        <source>Space freed</source>
        <translation>Espace libéré</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n item to the trash…</source>
        <translation>
            <numerusform>Déplacement de %n élément dans la corbeille…</numerusform>
            <numerusform>Déplacement de %n éléments dans la corbeille…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n items to the trash…</source>
        <translation>
            <numerusform>Déplacement de %n élément dans la corbeille…</numerusform>
            <numerusform>Déplacement de %n éléments dans la corbeille…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n item…</source>
        <translation>
            <numerusform>Suppression de %n élément…</numerusform>
            <numerusform>Suppression de %n éléments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n items…</source>
        <translation>
            <numerusform>Suppression de %n élément…</numerusform>
            <numerusform>Suppression de %n éléments…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current item…</source>
        <translation>Arrêt après l’élément en cours…</translation>
    </message>
    <message>
        <source>%1 moved to the trash</source>
        <translation>%1 déplacés dans la corbeille</translation>
    </message>
    <message>
        <source>%1 freed</source>
        <translation>%1 libérés</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ReportModel</name>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>would be deleted</source>
        <translation>serait supprimé</translation>
    </message>
    <message>
        <source>moved to trash</source>
        <translation>déplacé dans la corbeille</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 octets</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>déjà disparu</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ReportPage</name>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Results to show</source>
        <translation>Résultats à afficher</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Save every result as JSON or CSV</source>
        <translation>Enregistrer tous les résultats en JSON ou CSV</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Cancelled: what was not reached is untouched.</source>
        <translation>Annulé&#xa0;: ce qui n’a pas été atteint est intact.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item.</source>
        <translation>
            <numerusform>%n élément supprimé.</numerusform>
            <numerusform>%n éléments supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n items.</source>
        <translation>
            <numerusform>%n élément supprimé.</numerusform>
            <numerusform>%n éléments supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item to the trash.</source>
        <translation>
            <numerusform>%n élément déplacé dans la corbeille.</numerusform>
            <numerusform>%n éléments déplacés dans la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n items to the trash.</source>
        <translation>
            <numerusform>%n élément déplacé dans la corbeille.</numerusform>
            <numerusform>%n éléments déplacés dans la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 freed.</source>
        <translation>%1 libérés.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n item.</source>
        <translation>
            <numerusform>%n élément conservé.</numerusform>
            <numerusform>%n éléments conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n items.</source>
        <translation>
            <numerusform>%n élément conservé.</numerusform>
            <numerusform>%n éléments conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item failed.</source>
        <translation>
            <numerusform>%n élément en échec.</numerusform>
            <numerusform>%n éléments en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items failed.</source>
        <translation>
            <numerusform>%n élément en échec.</numerusform>
            <numerusform>%n éléments en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some items could not be removed; the table says why.</source>
        <translation>Certains éléments n’ont pas pu être supprimés&#xa0;; le tableau indique pourquoi.</translation>
    </message>
    <message>
        <source>Every item the cleanup touched, and every item it kept, with the reason.</source>
        <translation>Chaque élément touché par le nettoyage et chaque élément conservé, avec la raison.</translation>
    </message>
    <message>
        <source>Everything (%L1)</source>
        <translation>Tout (%L1)</translation>
    </message>
    <message>
        <source>Removed (%L1)</source>
        <translation>Supprimés (%L1)</translation>
    </message>
    <message>
        <source>Kept (%L1)</source>
        <translation>Conservés (%L1)</translation>
    </message>
    <message>
        <source>Failed (%L1)</source>
        <translation>En échec (%L1)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
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
            <numerusform>%n élément avait déjà disparu (supprimé par quelqu’un d’autre).</numerusform>
            <numerusform>%n éléments avaient déjà disparu (supprimés par quelqu’un d’autre).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed file(s) had other hard links: their space is not freed.</source>
        <translation>
            <numerusform>%n fichier supprimé avait d’autres liens physiques&#xa0;: son espace n’est pas libéré.</numerusform>
            <numerusform>%n fichiers supprimés avaient d’autres liens physiques&#xa0;: leur espace n’est pas libéré.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved to the trash (freed when the trash is emptied).</source>
        <translation>%1 déplacés dans la corbeille (libérés quand la corbeille est vidée).</translation>
    </message>
    <message>
        <source>In use: unknown (this system does not show which processes have files open; only locks were checked).</source>
        <translation>Utilisation : inconnue (ce système ne montre pas quels processus ont des fichiers ouverts ; seuls les verrous ont été vérifiés).</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ResolutionDialog</name>
    <message>
        <source>Why this temporary directory</source>
        <translation>Pourquoi ce dossier temporaire</translation>
    </message>
    <message>
        <source>&lt;b&gt;No usable temporary directory.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Aucun dossier temporaire utilisable.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Python&apos;s &lt;tt&gt;tempfile.gettempdir()&lt;/tt&gt; picks &lt;b&gt;%1&lt;/b&gt;: the first candidate in which it could create, write and remove a file.</source>
        <translation>&lt;tt&gt;tempfile.gettempdir()&lt;/tt&gt; de Python choisit &lt;b&gt;%1&lt;/b&gt;&#xa0;: le premier candidat dans lequel il a pu créer, écrire et supprimer un fichier.</translation>
    </message>
    <message>
        <source>Candidates in the order Python tries them</source>
        <translation>Candidats dans l’ordre où Python les essaie</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>non essayé</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>utilisable</translation>
    </message>
    <message>
        <source>passed over</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>an earlier candidate won</source>
        <translation>un candidat précédent l’a emporté</translation>
    </message>
    <message>
        <source>Qt&apos;s &lt;tt&gt;QDir::tempPath()&lt;/tt&gt; says &lt;b&gt;%1&lt;/b&gt; (%2). %3</source>
        <translation>&lt;tt&gt;QDir::tempPath()&lt;/tt&gt; de Qt indique &lt;b&gt;%1&lt;/b&gt; (%2). %3</translation>
    </message>
    <message>
        <source>the same directory</source>
        <translation>le même dossier</translation>
    </message>
    <message>
        <source>a different directory</source>
        <translation>un autre dossier</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::RulesPage</name>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>Enregistrer s&amp;ous…</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>Supprimer le pro&amp;fil</translation>
    </message>
    <message>
        <source>&amp;Only items of the checked families or matching these patterns:</source>
        <translation>&amp;Uniquement les éléments des familles cochées ou correspondant à ces motifs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Whole items: a directory goes with everything in it, or not at all</source>
        <translation>Éléments &amp;entiers&#xa0;: un dossier part avec tout son contenu, ou pas du tout</translation>
    </message>
    <message>
        <source>Each &amp;file on its own; directories go once empty and old</source>
        <translation>Chaque fichier &amp;individuellement&#xa0;; les dossiers partent une fois vides et anciens</translation>
    </message>
    <message>
        <source>&amp;Delete permanently</source>
        <translation>Supprimer &amp;définitivement</translation>
    </message>
    <message>
        <source>Move to the t&amp;rash</source>
        <translation>Déplacer dans la &amp;corbeille</translation>
    </message>
    <message>
        <source>Include ot&amp;her users&apos; files (only where you have the permission)</source>
        <translation>Inclure les fichiers des &amp;autres utilisateurs (seulement là où vous en avez la permission)</translation>
    </message>
    <message>
        <source>Cleanup Rules</source>
        <translation>Règles de nettoyage</translation>
    </message>
    <message>
        <source>Choose what counts as stale in %1. Nothing is removed before you have seen the preview and confirmed it.</source>
        <translation>Choisissez ce qui est considéré comme périmé dans %1. Rien n’est supprimé avant que vous ayez vu et confirmé l’aperçu.</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>Profil enregistré</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>Save these rules under a name</source>
        <translation>Enregistrer ces règles sous un nom</translation>
    </message>
    <message>
        <source>Save rules as profile</source>
        <translation>Enregistrer les règles comme profil</translation>
    </message>
    <message>
        <source>Forget the selected profile</source>
        <translation>Oublier le profil sélectionné</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Older than</source>
        <translation>Plus ancien que</translation>
    </message>
    <message>
        <source>An age such as 90s, 15m, 12h, 7d, 2w or 1d12h</source>
        <translation>Un âge comme 90s, 15m, 12h, 7d, 2w ou 1d12h (d = jours, w = semaines)</translation>
    </message>
    <message>
        <source>Timestamp basis</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>&amp;measured by:</source>
        <translation>&amp;mesuré selon&#xa0;:</translation>
    </message>
    <message>
        <source>Problem with the rules</source>
        <translation>Problème dans les règles</translation>
    </message>
    <message>
        <source>&amp;Every item of the location</source>
        <translation>&amp;Tous les éléments de l’emplacement</translation>
    </message>
    <message>
        <source>Families to include</source>
        <translation>Familles à inclure</translation>
    </message>
    <message>
        <source>Prefixes or globs to include</source>
        <translation>Préfixes ou globs à inclure</translation>
    </message>
    <message>
        <source>e.g. myapp- or upload_*.csv, separated by spaces</source>
        <translation>par ex. myapp- ou upload_*.csv, séparés par des espaces</translation>
    </message>
    <message>
        <source>A prefix matches names starting with it; a glob may use *, ? and [...]. Separate several with spaces (use ? for a space inside a name).</source>
        <translation>Un préfixe correspond aux noms qui commencent par lui&#xa0;; un glob peut utiliser *, ? et [...]. Séparez-en plusieurs par des espaces (utilisez ? pour une espace dans un nom).</translation>
    </message>
    <message>
        <source>&amp;Prefixes or globs:</source>
        <translation>Préfi&amp;xes ou globs&#xa0;:</translation>
    </message>
    <message>
        <source>Exclude patterns</source>
        <translation>Motifs d’exclusion</translation>
    </message>
    <message>
        <source>Globs to keep, e.g. *.lock keep-*</source>
        <translation>Globs à conserver, par ex. *.lock keep-*</translation>
    </message>
    <message>
        <source>Entries whose name matches are kept, at any depth; a pattern with a / is matched against the path below the location (cache/*.db). Separate several with spaces.</source>
        <translation>Les entrées dont le nom correspond sont conservées, à toute profondeur&#xa0;; un motif contenant un / est comparé au chemin sous l’emplacement (cache/*.db). Séparez-en plusieurs par des espaces.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Profi&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>Older &amp;than:</source>
        <translation>Plus a&amp;ncien que&#xa0;:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Éléments&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>Conser&amp;ver&#xa0;:</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Juger&#xa0;:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item, %2</source>
        <translation>
            <numerusform>%1 — %n élément, %2</numerusform>
            <numerusform>%1 — %n éléments, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n items, %2</source>
        <translation>
            <numerusform>%1 — %n élément, %2</numerusform>
            <numerusform>%1 — %n éléments, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n older than %1</source>
        <translation>
            <numerusform>, %n plus ancien que %1</numerusform>
            <numerusform>, %n plus anciens que %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an age, such as 7d or 12h.</source>
        <translation>Saisissez un âge, comme 7d ou 12h.</translation>
    </message>
    <message>
        <source>“%1” is not an age: %2. Use a number with s, m, h, d or w, such as 90s, 12h, 7d or 1d12h.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un âge&#xa0;: %2. Utilisez un nombre suivi de s, m, h, d ou w, comme 90s, 12h, 7d ou 1d12h.</translation>
    </message>
    <message>
        <source>Check at least one family or enter a prefix or glob, or choose “Every item”.</source>
        <translation>Cochez au moins une famille ou saisissez un préfixe ou un glob, ou choisissez «&#xa0;Tous les éléments&#xa0;».</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Save these rules as the profile named:</source>
        <translation>Enregistrer ces règles comme le profil nommé&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Items go to your trash, or to the .Trash-UID folder at the top of their file system; where that would be inside the location being cleaned, they are kept</source>
        <translation>Les éléments vont dans votre corbeille, ou dans le dossier .Trash-UID à la racine de leur système de fichiers&#xa0;; s’il se trouvait dans l’emplacement nettoyé, ils sont conservés</translation>
    </message>
    <message>
        <source>Orphans only: items whose pro&amp;gram is gone (their verdict is &quot;orphan&quot;)</source>
        <translation>Uniquement les orphelins&#xa0;: éléments dont le pro&amp;gramme a disparu (leur verdict est «&#xa0;orphelin&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ScanNotice</name>
    <message>
        <source>Rescan stopped at %1 — showing the complete results from %2.</source>
        <translation>Réanalyse arrêtée à %1 — affichage des résultats complets de %2.</translation>
    </message>
    <message>
        <source>Rescan failed at %1 (%2) — showing the results from %3.</source>
        <translation>Échec de la réanalyse à %1 (%2) — affichage des résultats de %3.</translation>
    </message>
    <message>
        <source>Incomplete: the scan was stopped at %1 before it finished. Sizes, ages and stale totals count only what was read, and Clean Up keeps every item that was not read completely.</source>
        <translation>Incomplet&#xa0;: l’analyse a été arrêtée à %1 avant la fin. Les tailles, les âges et les totaux périmés ne comptent que ce qui a été lu, et Nettoyer conserve tout élément qui n’a pas été lu entièrement.</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Réanalyser</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ScanStatus</name>
    <message>
        <source>Scan status</source>
        <translation>État de l’analyse</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progression de l’analyse</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ScanWorker</name>
    <message>
        <source>%1 (error %2)</source>
        <translation>%1 (erreur %2)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>is not a directory</source>
        <translation>n’est pas un dossier</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>is a symbolic link loop</source>
        <translation>est une boucle de liens symboliques</translation>
    </message>
    <message>
        <source>path is too long</source>
        <translation>le chemin est trop long</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::ScheduleDialog</name>
    <message>
        <source>tempscope-cli was not found beside this program or on the PATH: the timers run it, so there is nothing to install.</source>
        <translation>tempscope-cli n’a été trouvé ni à côté de ce programme ni dans le PATH&#xa0;: les minuteurs l’exécutent, il n’y a donc rien à installer.</translation>
    </message>
    <message>
        <source>No schedule installed</source>
        <translation>Aucune planification installée</translation>
    </message>
    <message>
        <source>Scheduled: snapshots and cleanup (%1) every %2</source>
        <translation>Planifié&#xa0;: instantanés et nettoyage (%1) à intervalles de %2</translation>
    </message>
    <message>
        <source>Scheduled: snapshots every %1</source>
        <translation>Planifié&#xa0;: instantanés à intervalles de %1</translation>
    </message>
    <message>
        <source>Schedule – Tempscope</source>
        <translation>Planification – Tempscope</translation>
    </message>
    <message>
        <source>Take snapshots of the temp directories on a schedule, and optionally clean up with a saved profile as often. The system&apos;s scheduler runs them (systemd user timers), also while Tempscope is closed.</source>
        <translation>Prendre des instantanés des dossiers temporaires selon une planification, et éventuellement nettoyer aussi souvent avec un profil enregistré. Le planificateur du système les exécute (minuteurs utilisateur systemd), même quand Tempscope est fermé.</translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation>&amp;Exécuter&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 2h or 1d12h</source>
        <translation>par ex. 2h ou 1d12h</translation>
    </message>
    <message>
        <source>Any duration from %1 on: s, m, h, d, w, combined as in 1d12h</source>
        <translation>Toute durée à partir de %1&#xa0;: s, m, h, d, w, combinés comme dans 1d12h</translation>
    </message>
    <message>
        <source>&amp;Clean up:</source>
        <translation>&amp;Nettoyer&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Stop the timers and delete their units</source>
        <translation>Arrêter les minuteurs et supprimer leurs unités</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>every 15 minutes</source>
        <translation>toutes les 15 minutes</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>toutes les heures</translation>
    </message>
    <message>
        <source>every 6 hours</source>
        <translation>toutes les 6 heures</translation>
    </message>
    <message>
        <source>every 12 hours</source>
        <translation>toutes les 12 heures</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>toutes les semaines</translation>
    </message>
    <message>
        <source>another interval:</source>
        <translation>autre intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>No, only take snapshots</source>
        <translation>Non, seulement prendre des instantanés</translation>
    </message>
    <message>
        <source>With the saved profile “%1”</source>
        <translation>Avec le profil enregistré «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No cleanup profile is saved yet: save one on the rules page of the cleanup wizard.</source>
        <translation>Aucun profil de nettoyage n’est encore enregistré&#xa0;: enregistrez-en un sur la page des règles de l’assistant de nettoyage.</translation>
    </message>
    <message>
        <source>Its rule runs as tempscope-cli clean on the default temp directories, as often as the snapshots.</source>
        <translation>Sa règle s’exécute en tant que tempscope-cli clean sur les dossiers temporaires par défaut, aussi souvent que les instantanés.</translation>
    </message>
    <message>
        <source>Not an interval: %1</source>
        <translation>Intervalle non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not install the schedule: %1</source>
        <translation>Impossible d’installer la planification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Neither $XDG_CONFIG_HOME nor $HOME is set: there is no directory for the units.</source>
        <translation>Ni $XDG_CONFIG_HOME ni $HOME n’est défini&#xa0;: il n’y a aucun dossier pour les unités.</translation>
    </message>
    <message>
        <source>Not installed. The units would be written to %1.</source>
        <translation>Non installé. Les unités seraient écrites dans %1.</translation>
    </message>
    <message>
        <source>Installed in %1:</source>
        <translation>Installé dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>; active</source>
        <translation>; actif</translation>
    </message>
    <message>
        <source>; not active (%1)</source>
        <translation>; inactif (%1)</translation>
    </message>
    <message>
        <source>; next run %1</source>
        <translation>; prochaine exécution le %1</translation>
    </message>
    <message>
        <source>; last run %1</source>
        <translation>; dernière exécution le %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>an unknown interval</source>
        <translation>durée inconnue</translation>
    </message>
    <message>
        <source>Snapshots every %1</source>
        <translation>Instantanés à intervalles de %1</translation>
    </message>
    <message>
        <source>Cleanup with the profile “%1” every %2</source>
        <translation>Nettoyage avec le profil «&#xa0;%1&#xa0;» à intervalles de %2</translation>
    </message>
    <message>
        <source>• Without a timer (it never runs): %1</source>
        <translation>• Sans minuteur (ne s’exécute jamais)&#xa0;: %1</translation>
    </message>
    <message>
        <source>systemd could not say whether the timers run: %1</source>
        <translation>systemd n’a pas pu indiquer si les minuteurs s’exécutent&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <source>Write the units for this interval and profile, and enable the timers with systemctl --user</source>
        <translation>Écrire les unités pour cet intervalle et ce profil, et activer les minuteurs avec systemctl --user</translation>
    </message>
    <message>
        <source>Installed and enabled: %1.</source>
        <translation>Installé et activé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Installed, but not running yet: %1</source>
        <translation>Installé, mais pas encore en service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove the schedule: %1</source>
        <translation>Impossible de supprimer la planification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Rien n’était installé.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Supprimé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::TrackedFamiliesDialog</name>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Tracked Families</source>
        <translation>Familles suivies</translation>
    </message>
    <message>
        <source>Name the families of your own applications. A prefix such as &lt;tt&gt;myapp-&lt;/tt&gt; takes every name starting with it; a pattern such as &lt;tt&gt;upload_*.csv&lt;/tt&gt; uses &lt;tt&gt;*&lt;/tt&gt;, &lt;tt&gt;?&lt;/tt&gt; and &lt;tt&gt;[…]&lt;/tt&gt;. Tracked families win over the families Tempscope infers, and are listed even when no item belongs to them.</source>
        <translation>Nommez les familles de vos propres applications. Un préfixe comme &lt;tt&gt;myapp-&lt;/tt&gt; prend tous les noms qui commencent par lui&#xa0;; un motif comme &lt;tt&gt;upload_*.csv&lt;/tt&gt; utilise &lt;tt&gt;*&lt;/tt&gt;, &lt;tt&gt;?&lt;/tt&gt; et &lt;tt&gt;[…]&lt;/tt&gt;. Les familles suivies l’emportent sur celles que Tempscope déduit, et sont listées même si aucun élément n’en fait partie.</translation>
    </message>
    <message>
        <source>&amp;Prefix or pattern:</source>
        <translation>&amp;Préfixe ou motif&#xa0;:</translation>
    </message>
    <message>
        <source>myapp- or upload_*.csv</source>
        <translation>myapp- ou upload_*.csv</translation>
    </message>
    <message>
        <source>Prefix or pattern of the family to track</source>
        <translation>Préfixe ou motif de la famille à suivre</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Tracked &amp;families:</source>
        <translation>Familles s&amp;uivies&#xa0;:</translation>
    </message>
    <message>
        <source>Tracked families</source>
        <translation>Familles suivies</translation>
    </message>
    <message>
        <source>%1 is already tracked.</source>
        <translation>%1 est déjà suivie.</translation>
    </message>
    <message>
        <source>Tracks the family %1.</source>
        <translation>Suit la famille %1.</translation>
    </message>
    <message>
        <source>Tracks the family %1: 1 item in this location matches.</source>
        <translation>Suit la famille %1&#xa0;: 1 élément de cet emplacement correspond.</translation>
    </message>
    <message numerus="yes">
        <source>Tracks the family %1: %n items in this location match.</source>
        <translation>
            <numerusform>Suit la famille %1&#xa0;: %n élément de cet emplacement correspond.</numerusform>
            <numerusform>Suit la famille %1&#xa0;: %n éléments de cet emplacement correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Your catalogue file could not be used: %1</source>
        <translation>Votre fichier de catalogue n’a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Known programs you added (%1):</source>
        <translation>Programmes connus que vous avez ajoutés (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Known programs: add your own in %1 (the layout of the built-in catalogue).</source>
        <translation>Programmes connus&#xa0;: ajoutez les vôtres dans %1 (au format du catalogue intégré).</translation>
    </message>
    <message>
        <source>Known programs you added</source>
        <translation>Programmes connus que vous avez ajoutés</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::TrendsActions</name>
    <message>
        <source>T&amp;rends…</source>
        <translation>&amp;Tendances…</translation>
    </message>
    <message>
        <source>Temp usage over time and what keeps growing (Ctrl+Shift+H)</source>
        <translation>Occupation des dossiers temporaires au fil du temps et ce qui ne cesse de croître (Ctrl+Maj+H)</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::TrendsWindow</name>
    <message>
        <source>Trends – Tempscope</source>
        <translation>Tendances – Tempscope</translation>
    </message>
    <message>
        <source>Take a snapshot after each scan</source>
        <translation>Prendre un instantané après chaque analyse</translation>
    </message>
    <message>
        <source>Record every finished scan in the history database %1</source>
        <translation>Enregistrer chaque analyse terminée dans la base de données d’historique %1</translation>
    </message>
    <message>
        <source>Growing fastest (bytes per day, robust fit):</source>
        <translation>Croissance la plus rapide (octets par jour, ajustement robuste)&#xa0;:</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Racine</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>All roots: total bytes</source>
        <translation>Toutes les racines&#xa0;: total en octets</translation>
    </message>
    <message>
        <source>%1: bytes per family</source>
        <translation>%1&#xa0;: octets par famille</translation>
    </message>
    <message>
        <source>No history to show: %1. Turn on &quot;Take a snapshot after each scan&quot; or run tempscope-cli snapshot.</source>
        <translation>Aucun historique à afficher&#xa0;: %1. Activez «&#xa0;Prendre un instantané après chaque analyse&#xa0;» ou exécutez tempscope-cli snapshot.</translation>
    </message>
    <message>
        <source>The history database holds no snapshots yet.</source>
        <translation>La base de données d’historique ne contient encore aucun instantané.</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>Listed when at least %1 snapshots over at least %2 show a rise that is not noise (the fit&apos;s 95% confidence interval lies above zero) of at least %3 a day</source>
        <translation>Listé quand au moins %1 instantanés sur au moins %2 montrent une hausse d’au moins %3 par jour qui n’est pas du bruit (l’intervalle de confiance à 95&#xa0;% de l’ajustement est au-dessus de zéro)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Schedule snapshots and cleanups…</source>
        <translation>P&amp;lanifier les instantanés et les nettoyages…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <source>Take snapshots and clean up on a schedule the system runs (systemd user timers)</source>
        <translation>Prendre des instantanés et nettoyer selon une planification exécutée par le système (minuteurs utilisateur systemd)</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::UserGuide</name>
    <message>
        <source>Tempscope User Guide</source>
        <translation>Guide de l’utilisateur de Tempscope</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::playground</name>
    <message>
        <source>TemporaryFile: a file with no name</source>
        <translation>TemporaryFile&#xa0;: un fichier sans nom</translation>
    </message>
    <message>
        <source>The most private temp file. Watch the inspector: nothing appears, because on Linux the file is opened with O_TMPFILE and never gets a name.</source>
        <translation>Le fichier temporaire le plus privé. Observez l’inspecteur&#xa0;: rien n’apparaît, car sous Linux le fichier est ouvert avec O_TMPFILE et ne reçoit jamais de nom.</translation>
    </message>
    <message>
        <source>NamedTemporaryFile: a name others can use</source>
        <translation>NamedTemporaryFile&#xa0;: un nom que d’autres peuvent utiliser</translation>
    </message>
    <message>
        <source>Now a file that does appear, mode 0600, prefix and suffix as asked. The inspector lists it.</source>
        <translation>Voici maintenant un fichier qui apparaît bien, en mode 0600, avec le préfixe et le suffixe demandés. L’inspecteur le liste.</translation>
    </message>
    <message>
        <source>Pitfall: forgetting seek(0)</source>
        <translation>Piège&#xa0;: oublier seek(0)</translation>
    </message>
    <message>
        <source>Write, then read: the read comes back empty, because the position is at the end of what was written.</source>
        <translation>Écrire, puis lire&#xa0;: la lecture ne renvoie rien, car la position est à la fin de ce qui a été écrit.</translation>
    </message>
    <message>
        <source>seek(0), then read</source>
        <translation>seek(0), puis lire</translation>
    </message>
    <message>
        <source>Rewind first, and the data is there.</source>
        <translation>Revenez d’abord au début, et les données sont là.</translation>
    </message>
    <message>
        <source>close() removes a NamedTemporaryFile</source>
        <translation>close() supprime un NamedTemporaryFile</translation>
    </message>
    <message>
        <source>With the defaults (delete=True, delete_on_close=True) closing the file removes it: watch its row vanish from the inspector.</source>
        <translation>Avec les valeurs par défaut (delete=True, delete_on_close=True), fermer le fichier le supprime&#xa0;: regardez sa ligne disparaître de l’inspecteur.</translation>
    </message>
    <message>
        <source>...and gone at the end of the block</source>
        <translation>…et disparu à la fin du bloc</translation>
    </message>
    <message>
        <source>Leave the block: now the file is removed.</source>
        <translation>Quittez le bloc&#xa0;: cette fois, le fichier est supprimé.</translation>
    </message>
    <message>
        <source>SpooledTemporaryFile: memory first</source>
        <translation>SpooledTemporaryFile&#xa0;: d’abord en mémoire</translation>
    </message>
    <message>
        <source>max_size=30: 30 bytes stay in memory, the 31st byte rolls the data over to a real file.</source>
        <translation>max_size=30&#xa0;: 30 octets restent en mémoire, le 31e octet fait basculer les données dans un vrai fichier.</translation>
    </message>
    <message>
        <source>TemporaryDirectory: a workspace</source>
        <translation>TemporaryDirectory&#xa0;: un espace de travail</translation>
    </message>
    <message>
        <source>A directory with two files inside; leaving the block removes all of it.</source>
        <translation>Un dossier contenant deux fichiers&#xa0;; quitter le bloc supprime le tout.</translation>
    </message>
    <message>
        <source>...cleaned up in one go</source>
        <translation>…nettoyé en une seule fois</translation>
    </message>
    <message>
        <source>Leave the block and watch the directory go.</source>
        <translation>Quittez le bloc et regardez le dossier disparaître.</translation>
    </message>
    <message>
        <source>Pitfall: forgetting flush()</source>
        <translation>Piège&#xa0;: oublier flush()</translation>
    </message>
    <message>
        <source>The Windows reopen rule</source>
        <translation>La règle de réouverture sous Windows</translation>
    </message>
    <message>
        <source>On Windows a NamedTemporaryFile that deletes on close cannot be opened again by name while open. Here you see who holds it open.</source>
        <translation>Sous Windows, un NamedTemporaryFile qui se supprime à la fermeture ne peut pas être rouvert par son nom tant qu’il est ouvert. Vous voyez ici qui le garde ouvert.</translation>
    </message>
    <message>
        <source>Pitfall: a crash before cleanup</source>
        <translation>Piège&#xa0;: un plantage avant le nettoyage</translation>
    </message>
    <message>
        <source>A helper program makes temp files and directories and is killed before it can clean up. The orphans appear in the inspector, in their family.</source>
        <translation>Un programme auxiliaire crée des fichiers et des dossiers temporaires, puis est tué avant d’avoir pu nettoyer. Les orphelins apparaissent dans l’inspecteur, dans leur famille.</translation>
    </message>
    <message>
        <source>delete_on_close=False (3.12+)</source>
        <translation>delete_on_close=False (3.12+)</translation>
    </message>
    <message>
        <source>Needs Python 3.12+, which added delete_on_close: the file survives close() and goes only when the with block ends.</source>
        <translation>Nécessite Python 3.12+, qui a ajouté delete_on_close&#xa0;: le fichier survit à close() et ne disparaît qu’à la fin du bloc with.</translation>
    </message>
    <message>
        <source>A second process reads the file right after the write: it sees nothing, because the data is still in this process&apos;s buffer.</source>
        <translation>Un second processus lit le fichier juste après l’écriture&#xa0;: il ne voit rien, car les données sont encore dans le tampon de ce processus.</translation>
    </message>
    <message>
        <source>flush(), then read again</source>
        <translation>flush(), puis relire</translation>
    </message>
    <message>
        <source>Flush: the buffered bytes go to the OS, and the second process reads them now.</source>
        <translation>Flush&#xa0;: les octets en tampon passent au système, et le second processus les lit maintenant.</translation>
    </message>
    <message>
        <source>Text mode: str in, str out</source>
        <translation>Mode texte&#xa0;: str en entrée, str en sortie</translation>
    </message>
    <message>
        <source>mode=&quot;w+&quot;, encoding=&quot;utf-8&quot;: write str, read str, newlines translated. Then the wrong type: bytes to a text file raise TypeError, as str to a binary one does.</source>
        <translation>mode=&quot;w+&quot;, encoding=&quot;utf-8&quot;&#xa0;: écrire du str, lire du str, fins de ligne converties. Puis le mauvais type&#xa0;: des bytes vers un fichier texte lèvent TypeError, tout comme du str vers un fichier binaire.</translation>
    </message>
    <message>
        <source>delete=False: hand the file to another program</source>
        <translation>delete=False&#xa0;: transmettre le fichier à un autre programme</translation>
    </message>
    <message>
        <source>The tutorials&apos; recipe: write, let the block close the file, another program reads the path, and finally removes it. Watch the other process&apos;s answer.</source>
        <translation>La recette des tutoriels&#xa0;: écrire, laisser le bloc fermer le fichier, un autre programme lit le chemin, et finally le supprime. Observez la réponse de l’autre processus.</translation>
    </message>
    <message>
        <source>The spool&apos;s name</source>
        <translation>Le nom du spool</translation>
    </message>
    <message>
        <source>Used as a BytesIO, a spool has no name (None). After the rollover its name is a descriptor number, not a path.</source>
        <translation>Utilisé comme un BytesIO, un spool n’a pas de nom (None). Après la bascule, son nom est un numéro de descripteur, pas un chemin.</translation>
    </message>
    <message>
        <source>An exception inside the block</source>
        <translation>Une exception dans le bloc</translation>
    </message>
    <message>
        <source>A RuntimeError ends the with block early. Is the directory still removed? Watch the inspector.</source>
        <translation>Une RuntimeError termine le bloc with prématurément. Le dossier est-il quand même supprimé&#xa0;? Observez l’inspecteur.</translation>
    </message>
    <message>
        <source>mkstemp and mkdtemp: yours to remove</source>
        <translation>mkstemp et mkdtemp&#xa0;: à vous de supprimer</translation>
    </message>
    <message>
        <source>The low-level functions clean up nothing: os.fdopen and os.remove, shutil.rmtree, each in try/finally.</source>
        <translation>Les fonctions de bas niveau ne nettoient rien&#xa0;: os.fdopen et os.remove, shutil.rmtree, chacun dans un try/finally.</translation>
    </message>
    <message>
        <source>Guessable names vs mkstemp</source>
        <translation>Noms prévisibles contre mkstemp</translation>
    </message>
    <message>
        <source>Another process takes a guessable name first. A plain open() walks into its trap; mkstemp refuses the name and picks another.</source>
        <translation>Un autre processus prend d’abord un nom prévisible. Un simple open() tombe dans son piège&#xa0;; mkstemp refuse le nom et en choisit un autre.</translation>
    </message>
    <message>
        <source>gettempdir() and TMPDIR</source>
        <translation>gettempdir() et TMPDIR</translation>
    </message>
    <message>
        <source>Another process started with TMPDIR set finds its temp directory there; this one keeps the answer it worked out first.</source>
        <translation>Un autre processus lancé avec TMPDIR défini y trouve son dossier temporaire&#xa0;; celui-ci garde la réponse qu’il a déterminée en premier.</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::playground::LiveObjectsModel</name>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>no name (rolled over to a TemporaryFile)</source>
        <translation>sans nom (basculé vers un TemporaryFile)</translation>
    </message>
    <message>
        <source>no name (in memory)</source>
        <translation>sans nom (en mémoire)</translation>
    </message>
    <message>
        <source>%1 on disk</source>
        <translation>%1 sur le disque</translation>
    </message>
    <message>
        <source>%1 in memory</source>
        <translation>%1 en mémoire</translation>
    </message>
    <message>
        <source>(+%1 buffered)</source>
        <translation>(+%1 en tampon)</translation>
    </message>
    <message>
        <source>The block that made it has ended.</source>
        <translation>Le bloc qui l’a créé est terminé.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::playground::PlaygroundSession</name>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <source>left behind</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>open · in memory</source>
        <translation>ouvert · en mémoire</translation>
    </message>
    <message>
        <source>open · name removed</source>
        <translation>ouvert · nom supprimé</translation>
    </message>
    <message>
        <source>open · descriptor leaked</source>
        <translation>ouvert · fuite de descripteur</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>rolled over · on disk</source>
        <translation>basculé · sur le disque</translation>
    </message>
    <message>
        <source>closed · file kept</source>
        <translation>fermé · fichier conservé</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing appears in the listing: the file was opened with O_TMPFILE and has no name at all. Its name is just the descriptor number (%1). It vanishes on close, even if the process is killed.</source>
        <translation>Rien n’apparaît dans la liste&#xa0;: le fichier a été ouvert avec O_TMPFILE et n’a aucun nom. Son nom n’est que le numéro du descripteur (%1). Il disparaît à la fermeture, même si le processus est tué.</translation>
    </message>
    <message>
        <source>Nothing appears in the listing: this file system has no O_TMPFILE, so the file was created with a name and unlinked at once. A crash between the two would leave it behind.</source>
        <translation>Rien n’apparaît dans la liste&#xa0;: ce système de fichiers ne prend pas en charge O_TMPFILE, le fichier a donc été créé avec un nom, puis aussitôt délié (unlink). Un plantage entre les deux le laisserait sur place.</translation>
    </message>
    <message>
        <source>On Windows a TemporaryFile is a named file opened with O_TEMPORARY: it is visible while open and the system deletes it on the last close.</source>
        <translation>Sous Windows, un TemporaryFile est un fichier nommé ouvert avec O_TEMPORARY&#xa0;: il est visible tant qu’il est ouvert et le système le supprime à la dernière fermeture.</translation>
    </message>
    <message>
        <source>%1 appears in the listing (%2). </source>
        <translation>%1 apparaît dans la liste (%2). </translation>
    </message>
    <message>
        <source>delete=False: it stays after close and after the block; removing it is your job.</source>
        <translation>delete=False&#xa0;: il reste après la fermeture et après le bloc&#xa0;; c’est à vous de le supprimer.</translation>
    </message>
    <message>
        <source>delete=True, delete_on_close=True (the defaults): close() removes it.</source>
        <translation>delete=True, delete_on_close=True (valeurs par défaut)&#xa0;: close() le supprime.</translation>
    </message>
    <message>
        <source>delete_on_close=False: it survives close() and goes when the block ends.</source>
        <translation>delete_on_close=False&#xa0;: il survit à close() et disparaît à la fin du bloc.</translation>
    </message>
    <message>
        <source>Nothing on disk yet: the data stays in memory until a write leaves the position above max_size=%1, that is at byte %2. Then it rolls over to a real TemporaryFile.</source>
        <translation>Rien sur le disque pour l’instant&#xa0;: les données restent en mémoire jusqu’à ce qu’une écriture amène la position au-delà de max_size=%1, c’est-à-dire à l’octet %2. Le fichier bascule alors vers un vrai TemporaryFile.</translation>
    </message>
    <message>
        <source>%1 appears (%2). Leaving the block removes it with everything inside.</source>
        <translation>%1 apparaît (%2). La sortie du bloc le supprime avec tout son contenu.</translation>
    </message>
    <message>
        <source>%1 appears (%2) and descriptor %3 is open. mkstemp cleans up nothing: closing the descriptor and removing the file are yours.</source>
        <translation>%1 apparaît (%2) et le descripteur %3 est ouvert. mkstemp ne nettoie rien&#xa0;: fermer le descripteur et supprimer le fichier vous incombent.</translation>
    </message>
    <message>
        <source>%1 appears (%2). mkdtemp cleans up nothing: remove it yourself (shutil.rmtree).</source>
        <translation>%1 apparaît (%2). mkdtemp ne nettoie rien&#xa0;: supprimez-le vous-même (shutil.rmtree).</translation>
    </message>
    <message>
        <source>Rolled over at byte %1: the position passed max_size=%2, so the %3 in memory moved to a real TemporaryFile (descriptor %4). Reading and writing go on at byte %1.</source>
        <translation>Bascule à l’octet %1&#xa0;: la position a dépassé max_size=%2, donc les %3 en mémoire ont été transférés vers un vrai TemporaryFile (descripteur %4). La lecture et l’écriture se poursuivent à l’octet %1.</translation>
    </message>
    <message>
        <source>Written to the TemporaryFile behind the spool; the position is now %1.</source>
        <translation>Écrit dans le TemporaryFile sous-jacent au spool&#xa0;; la position est maintenant %1.</translation>
    </message>
    <message numerus="yes">
        <source>Still in memory: the position is %1, not above max_size=%2. One byte more than %2 rolls it over.</source>
        <translation>
            <numerusform>Toujours en mémoire&#xa0;: la position est %1, pas au-delà de max_size=%2. Le fichier bascule dès que la position dépasse %2, ne serait-ce que d’un octet.</numerusform>
            <numerusform>Toujours en mémoire&#xa0;: la position est %1, pas au-delà de max_size=%2. Le fichier bascule dès que la position dépasse %2, ne serait-ce que d’un octet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still in memory (%1): max_size=0 never rolls over on writes.</source>
        <translation>Toujours en mémoire (%1)&#xa0;: avec max_size=0, aucune écriture ne fait basculer le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) went into the file object&apos;s buffer, not to the file yet: other processes see them after flush() or close().</source>
        <translation>
            <numerusform>%n octet a été placé dans le tampon de l’objet fichier, pas encore dans le fichier&#xa0;: les autres processus ne le verront qu’après flush() ou close().</numerusform>
            <numerusform>%n octets ont été placés dans le tampon de l’objet fichier, pas encore dans le fichier&#xa0;: les autres processus ne les verront qu’après flush() ou close().</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>os.write() is unbuffered: the %n byte(s) are in the file at once.</source>
        <translation>
            <numerusform>os.write() est sans tampon&#xa0;: %n octet se retrouve aussitôt dans le fichier.</numerusform>
            <numerusform>os.write() est sans tampon&#xa0;: les %n octets se retrouvent aussitôt dans le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>seek(0) moved the position to the start, so read() returned all %n byte(s): %1</source>
        <translation>
            <numerusform>seek(0) a ramené la position au début, read() a donc renvoyé tout le contenu, soit %n octet&#xa0;: %1</numerusform>
            <numerusform>seek(0) a ramené la position au début, read() a donc renvoyé tout le contenu, soit %n octets&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>read returned nothing: the position is at the end (byte %1) after the write. seek(0) first, then read.</source>
        <translation>read n’a rien renvoyé&#xa0;: après l’écriture, la position est à la fin (octet %1). Faites d’abord seek(0), puis lisez.</translation>
    </message>
    <message numerus="yes">
        <source>read() started at byte %1 and returned %n byte(s): %2</source>
        <translation>
            <numerusform>read() a commencé à l’octet %1 et a renvoyé %n octet&#xa0;: %2</numerusform>
            <numerusform>read() a commencé à l’octet %1 et a renvoyé %n octets&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do: the data lives in this process&apos;s memory, where no other process can see it.</source>
        <translation>Rien à faire&#xa0;: les données résident dans la mémoire de ce processus, où aucun autre processus ne peut les voir.</translation>
    </message>
    <message>
        <source>os.write() has no buffer: the data was in the file already.</source>
        <translation>os.write() n’a pas de tampon&#xa0;: les données étaient déjà dans le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>flush() handed the %n buffered byte(s) to the OS: another process reading the file now sees them.</source>
        <translation>
            <numerusform>flush() a transmis %n octet en tampon au système d’exploitation&#xa0;: un autre processus qui lit le fichier le voit désormais.</numerusform>
            <numerusform>flush() a transmis les %n octets en tampon au système d’exploitation&#xa0;: un autre processus qui lit le fichier les voit désormais.</numerusform>
        </translation>
    </message>
    <message>
        <source>The buffer was empty: everything written had reached the OS already.</source>
        <translation>Le tampon était vide&#xa0;: tout ce qui avait été écrit était déjà parvenu au système d’exploitation.</translation>
    </message>
    <message>
        <source>Closed and gone: a TemporaryFile has no name to keep, so its last descriptor took the data with it.</source>
        <translation>Fermé et disparu&#xa0;: un TemporaryFile n’a pas de nom qui le conserve, son dernier descripteur a donc emporté les données avec lui.</translation>
    </message>
    <message>
        <source>The file survived close: delete=False. Nothing will remove it but you.</source>
        <translation>Le fichier a survécu à la fermeture&#xa0;: delete=False. Rien ne le supprimera, à part vous.</translation>
    </message>
    <message>
        <source>close() removed the file: delete_on_close=True (the default).</source>
        <translation>close() a supprimé le fichier&#xa0;: delete_on_close=True (valeur par défaut).</translation>
    </message>
    <message>
        <source>The file survived close: delete_on_close=False. It goes when the block ends.</source>
        <translation>Le fichier a survécu à la fermeture&#xa0;: delete_on_close=False. Il disparaîtra à la fin du bloc.</translation>
    </message>
    <message>
        <source>Closed: the TemporaryFile behind the spool closed and is gone.</source>
        <translation>Fermé&#xa0;: le TemporaryFile sous-jacent au spool a été fermé et a disparu.</translation>
    </message>
    <message>
        <source>Closed: the memory was released. Nothing ever touched the disk.</source>
        <translation>Fermé&#xa0;: la mémoire a été libérée. Rien n’est jamais passé par le disque.</translation>
    </message>
    <message>
        <source>The descriptor is closed; the file stays. mkstemp never removes anything.</source>
        <translation>Le descripteur est fermé&#xa0;; le fichier reste. mkstemp ne supprime jamais rien.</translation>
    </message>
    <message>
        <source>Already closed: __exit__ had nothing left to do.</source>
        <translation>Déjà fermé&#xa0;: __exit__ n’avait plus rien à faire.</translation>
    </message>
    <message>
        <source>__exit__ closed it, and with it the data is gone.</source>
        <translation>__exit__ l’a fermé, et les données ont disparu avec lui.</translation>
    </message>
    <message>
        <source>delete=False: the block ended and the file is still there. This is how temp files pile up when nobody removes them.</source>
        <translation>delete=False&#xa0;: le bloc est terminé et le fichier est toujours là. C’est ainsi que les fichiers temporaires s’accumulent quand personne ne les supprime.</translation>
    </message>
    <message>
        <source>__exit__ closed the file and removed it (delete=True).</source>
        <translation>__exit__ a fermé le fichier et l’a supprimé (delete=True).</translation>
    </message>
    <message>
        <source>__exit__ found the file already gone and did not complain.</source>
        <translation>__exit__ a constaté que le fichier avait déjà disparu et ne s’en est pas plaint.</translation>
    </message>
    <message numerus="yes">
        <source>cleanup() removed the directory with everything in it (%n file(s) added).</source>
        <translation>
            <numerusform>cleanup() a supprimé le dossier avec tout son contenu (%n fichier ajouté).</numerusform>
            <numerusform>cleanup() a supprimé le dossier avec tout son contenu (%n fichiers ajoutés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing happened: the file stays and descriptor %1 is still open (leaked until the process ends). With mkstemp, write try/finally with os.close and os.remove.</source>
        <translation>Rien ne s’est passé&#xa0;: le fichier reste et le descripteur %1 est toujours ouvert (fuite de descripteur jusqu’à la fin du processus). Avec mkstemp, écrivez un try/finally avec os.close et os.remove.</translation>
    </message>
    <message>
        <source>Nothing happened: the directory stays. With mkdtemp, remove it yourself in a finally block.</source>
        <translation>Rien ne s’est passé&#xa0;: le dossier reste. Avec mkdtemp, supprimez-le vous-même dans un bloc finally.</translation>
    </message>
    <message>
        <source>end of %1&apos;s block</source>
        <translation>fin du bloc de %1</translation>
    </message>
    <message>
        <source>remove %1 by hand</source>
        <translation>supprimer %1 à la main</translation>
    </message>
    <message>
        <source>Removed inside the block. That is fine (Python 3.12+): __exit__ will find it gone and carry on. The open descriptor still reads and writes the now nameless file.</source>
        <translation>Supprimé à l’intérieur du bloc. Aucun problème (Python 3.12+)&#xa0;: __exit__ constatera sa disparition et continuera. Le descripteur ouvert permet toujours de lire et d’écrire le fichier, désormais sans nom.</translation>
    </message>
    <message>
        <source>Removed by hand; cleanup() at the end of the block will have nothing to do.</source>
        <translation>Supprimé à la main&#xa0;; cleanup() n’aura rien à faire à la fin du bloc.</translation>
    </message>
    <message>
        <source>Removed: with mkstemp and mkdtemp this is the step nobody may forget.</source>
        <translation>Supprimé&#xa0;: avec mkstemp et mkdtemp, c’est l’étape qu’il ne faut jamais oublier.</translation>
    </message>
    <message>
        <source>add %1 to %2</source>
        <translation>ajouter %1 à %2</translation>
    </message>
    <message>
        <source>%1 is inside the directory now: leaving the block removes it too.</source>
        <translation>%1 est maintenant dans le dossier&#xa0;: la sortie du bloc le supprime aussi.</translation>
    </message>
    <message>
        <source>%1 is inside; nothing will remove it unless you do.</source>
        <translation>%1 est à l’intérieur&#xa0;; rien ne le supprimera si vous ne le faites pas.</translation>
    </message>
    <message>
        <source>who has %1 open?</source>
        <translation>qui tient %1 ouvert&#xa0;?</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>the file is gone</source>
        <translation>le fichier a disparu</translation>
    </message>
    <message>
        <source>nobody (not open)</source>
        <translation>personne (pas ouvert)</translation>
    </message>
    <message>
        <source>it opened again</source>
        <translation>il a pu être rouvert</translation>
    </message>
    <message>
        <source>it could not be opened: %1</source>
        <translation>il n’a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>The other process could not read %1: %2</source>
        <translation>L’autre processus n’a pas pu lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Another process opened %1 and saw %n byte(s): %2.</source>
        <translation>
            <numerusform>Un autre processus a ouvert %1 et y a vu %n octet&#xa0;: %2.</numerusform>
            <numerusform>Un autre processus a ouvert %1 et y a vu %n octets&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n byte(s) written are still in %1&apos;s buffer inside this process: flush() before another process reads.</source>
        <translation>
            <numerusform>%n octet écrit en dernier est encore dans le tampon de %1, au sein de ce processus&#xa0;: faites flush() avant qu’un autre processus ne lise le fichier.</numerusform>
            <numerusform>Les %n derniers octets écrits sont encore dans le tampon de %1, au sein de ce processus&#xa0;: faites flush() avant qu’un autre processus ne lise le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>another process reads %1</source>
        <translation>un autre processus lit %1</translation>
    </message>
    <message>
        <source>The helper program %1 could not start: %2</source>
        <translation>Le programme auxiliaire %1 n’a pas pu démarrer&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pitfall: forgetting seek(0)</source>
        <translation>Piège&#xa0;: oublier seek(0)</translation>
    </message>
    <message>
        <source>Now press “seek(0) + read” on %1 to see the data.</source>
        <translation>Cliquez maintenant sur «&#xa0;seek(0) + lire&#xa0;» pour %1 afin de voir les données.</translation>
    </message>
    <message>
        <source>Pitfall: forgetting flush(). %1 wrote %2 and handed the path to another process without flushing.</source>
        <translation>Piège&#xa0;: oublier flush(). %1 a écrit %2 et a transmis le chemin à un autre processus sans vider le tampon.</translation>
    </message>
    <message>
        <source>Pitfall: a crash before cleanup</source>
        <translation>Piège&#xa0;: un plantage avant le nettoyage</translation>
    </message>
    <message numerus="yes">
        <source>The helper made temp files with NamedTemporaryFile and directories with mkdtemp, then was killed (SIGKILL). No __exit__, no finally ran: %n path(s) stayed behind in the playground: %1. The inspector lists them in the family %2*. They are new, so a 7-day rule keeps them for now; with a 0s threshold they are stale and the cleanup wizard removes them.</source>
        <translation>
            <numerusform>Le programme auxiliaire a créé des fichiers temporaires avec NamedTemporaryFile et des dossiers avec mkdtemp, puis a été tué (SIGKILL). Aucun __exit__, aucun finally ne s’est exécuté&#xa0;: %n chemin est resté dans le bac à sable&#xa0;: %1. L’inspecteur le liste dans la famille %2*. Il est récent, donc une règle de 7 jours le conserve pour l’instant&#xa0;; avec un seuil de 0s, il est périmé et l’assistant de nettoyage le supprime.</numerusform>
            <numerusform>Le programme auxiliaire a créé des fichiers temporaires avec NamedTemporaryFile et des dossiers avec mkdtemp, puis a été tué (SIGKILL). Aucun __exit__, aucun finally ne s’est exécuté&#xa0;: %n chemins sont restés dans le bac à sable&#xa0;: %1. L’inspecteur les liste dans la famille %2*. Ils sont récents, donc une règle de 7 jours les conserve pour l’instant&#xa0;; avec un seuil de 0s, ils sont périmés et l’assistant de nettoyage les supprime.</numerusform>
        </translation>
    </message>
    <message>
        <source>max_size=0: writes never roll it over, however much you write; fileno(), rollover() or truncate(n) with n &gt; 0 move it to disk.</source>
        <translation>max_size=0&#xa0;: les écritures ne le font jamais basculer, quelle que soit la quantité écrite&#xa0;; fileno(), rollover() ou truncate(n) avec n &gt; 0 le placent sur le disque.</translation>
    </message>
    <message>
        <source>Removed by hand after the block: nothing else would have removed it.</source>
        <translation>Supprimé à la main après le bloc&#xa0;: rien d’autre ne l’aurait supprimé.</translation>
    </message>
    <message>
        <source>Removed inside the block. With delete=False that is your job; the end of the block will not touch the file.</source>
        <translation>Supprimé dans le bloc. Avec delete=False, c’est à vous de le faire&#xa0;; la fin du bloc ne touchera pas au fichier.</translation>
    </message>
    <message>
        <source>The write did not fit in the buffer (%1, the file&apos;s block size), so Python handed it to the OS at once: other processes see it now.</source>
        <translation>L’écriture ne tenait pas dans le tampon (%1, la taille de bloc du fichier), donc Python l’a aussitôt confiée au système&#xa0;: les autres processus la voient maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>The write did not fit in the buffer (%1, the file&apos;s block size): Python handed what the buffer held to the OS, and these %n byte(s) wait in the buffer until flush() or close().</source>
        <translation>
            <numerusform>L’écriture ne tenait pas dans le tampon (%1, la taille de bloc du fichier)&#xa0;: Python a confié au système ce que contenait le tampon, et cet octet (%n) attend dans le tampon jusqu’à flush() ou close().</numerusform>
            <numerusform>L’écriture ne tenait pas dans le tampon (%1, la taille de bloc du fichier)&#xa0;: Python a confié au système ce que contenait le tampon, et ces %n octets attendent dans le tampon jusqu’à flush() ou close().</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows: a NamedTemporaryFile with delete_on_close=True is opened with O_TEMPORARY, and nobody can open it again by name while it is open (PermissionError). Close it first, or create it with delete=False, close it, hand the path on and remove it yourself.</source>
        <translation>Windows&#xa0;: un NamedTemporaryFile avec delete_on_close=True est ouvert avec O_TEMPORARY, et personne ne peut le rouvrir par son nom tant qu’il est ouvert (PermissionError). Fermez-le d’abord, ou créez-le avec delete=False, fermez-le, transmettez le chemin et supprimez-le vous-même.</translation>
    </message>
    <message>
        <source>Opening it again by name works on Windows too: only delete=True with delete_on_close=True refuses that.</source>
        <translation>Le rouvrir par son nom fonctionne aussi sous Windows&#xa0;: seul delete=True avec delete_on_close=True le refuse.</translation>
    </message>
    <message>
        <source>On Linux its mode %1 lets only its owner (and root) open it again.</source>
        <translation>Sous Linux, son mode %1 ne permet qu’à son propriétaire (et à root) de le rouvrir.</translation>
    </message>
    <message>
        <source>On Linux its mode %1 lets others open it again too.</source>
        <translation>Sous Linux, son mode %1 permet aussi à d’autres de le rouvrir.</translation>
    </message>
    <message>
        <source>Tempscope&apos;s in-use detection sees who holds it: %1. A cleanup keeps files that are in use.</source>
        <translation>La détection d’utilisation de Tempscope voit qui le tient&#xa0;: %1. Un nettoyage conserve les fichiers en cours d’utilisation.</translation>
    </message>
    <message>
        <source>%1 appears (%2). delete=False (Python 3.12+): leaving the block keeps it; removing it (shutil.rmtree) is your job.</source>
        <translation>%1 apparaît (%2). delete=False (Python 3.12+)&#xa0;: la sortie du bloc le conserve&#xa0;; c’est à vous de le supprimer (shutil.rmtree).</translation>
    </message>
    <message>
        <source>Removed inside the block. With delete=False that is your job; the end of the block will not touch the directory.</source>
        <translation>Supprimé dans le bloc. Avec delete=False, c’est à vous de le faire&#xa0;; la fin du bloc ne touchera pas au dossier.</translation>
    </message>
    <message>
        <source>TypeError: %1. os.write() on %2&apos;s descriptor takes bytes: encode the text first.</source>
        <translation>TypeError&#xa0;: %1. os.write() sur le descripteur de %2 attend des bytes&#xa0;: encodez d’abord le texte.</translation>
    </message>
    <message>
        <source>TypeError: %1. %2 is a text file (mode=&quot;w+&quot;): it takes str and encodes it as UTF-8; bytes need a binary file.</source>
        <translation>TypeError&#xa0;: %1. %2 est un fichier texte (mode=&quot;w+&quot;)&#xa0;: il accepte du str et l’encode en UTF-8&#xa0;; des bytes nécessitent un fichier binaire.</translation>
    </message>
    <message>
        <source>TypeError: %1. %2 is a binary file (Python&apos;s default mode &quot;w+b&quot;): it takes bytes. Encode the text, or pass mode=&quot;w+&quot;, encoding=&quot;utf-8&quot;.</source>
        <translation>TypeError&#xa0;: %1. %2 est un fichier binaire (mode par défaut de Python &quot;w+b&quot;)&#xa0;: il accepte des bytes. Encodez le texte, ou passez mode=&quot;w+&quot;, encoding=&quot;utf-8&quot;.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>RuntimeError inside %1&apos;s block</source>
        <translation>RuntimeError dans le bloc de %1</translation>
    </message>
    <message numerus="yes">
        <source>UnicodeDecodeError: the %n byte(s) read are not UTF-8.</source>
        <translation>
            <numerusform>UnicodeDecodeError&#xa0;: les données lues (%n octet) ne sont pas de l’UTF-8.</numerusform>
            <numerusform>UnicodeDecodeError&#xa0;: les données lues (%n octets) ne sont pas de l’UTF-8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read() returned str, %n character(s): %1. On disk: %2. Newlines were translated (newline=None): &quot;\r\n&quot; and &quot;\r&quot; read as &quot;\n&quot;; writing &quot;\n&quot; gives os.linesep.</source>
        <translation>
            <numerusform>read() a renvoyé du str, %n caractère&#xa0;: %1. Sur le disque&#xa0;: %2. Les fins de ligne ont été converties (newline=None)&#xa0;: &quot;\r\n&quot; et &quot;\r&quot; sont lus comme &quot;\n&quot;&#xa0;; écrire &quot;\n&quot; donne os.linesep.</numerusform>
            <numerusform>read() a renvoyé du str, %n caractères&#xa0;: %1. Sur le disque&#xa0;: %2. Les fins de ligne ont été converties (newline=None)&#xa0;: &quot;\r\n&quot; et &quot;\r&quot; sont lus comme &quot;\n&quot;&#xa0;; écrire &quot;\n&quot; donne os.linesep.</numerusform>
        </translation>
    </message>
    <message>
        <source>RuntimeError(&quot;%1&quot;) left the block, and %2 is still there: what the end of the block keeps (delete=False), an exception keeps too.</source>
        <translation>RuntimeError(&quot;%1&quot;) a quitté le bloc, et %2 est toujours là&#xa0;: ce que la fin du bloc conserve (delete=False), une exception le conserve aussi.</translation>
    </message>
    <message>
        <source>RuntimeError(&quot;%1&quot;) left the block, and __exit__ ran on the way out: %2 is gone. An exception does not skip the cleanup; only a killed process does (see the crash pitfall).</source>
        <translation>RuntimeError(&quot;%1&quot;) a quitté le bloc, et __exit__ s’est exécuté au passage&#xa0;: %2 a disparu. Une exception ne saute pas le nettoyage&#xa0;; seul un processus tué le fait (voir le piège du plantage).</translation>
    </message>
    <message>
        <source>A tutorial says a TemporaryDirectory &quot;survives because context exited with error&quot;: it does not.</source>
        <translation>Un tutoriel affirme qu’un TemporaryDirectory «&#xa0;survit parce que le contexte s’est terminé sur une erreur&#xa0;»&#xa0;: c’est faux.</translation>
    </message>
    <message numerus="yes">
        <source>delete=False: the block ended and the directory is still there, with the %n file(s) added. Remove it yourself (shutil.rmtree).</source>
        <translation>
            <numerusform>delete=False&#xa0;: le bloc est terminé et le dossier est toujours là, avec %n fichier ajouté. Supprimez-le vous-même (shutil.rmtree).</numerusform>
            <numerusform>delete=False&#xa0;: le bloc est terminé et le dossier est toujours là, avec les %n fichiers ajoutés. Supprimez-le vous-même (shutil.rmtree).</numerusform>
        </translation>
    </message>
    <message>
        <source>Text mode: str in, str out</source>
        <translation>Mode texte&#xa0;: str en entrée, str en sortie</translation>
    </message>
    <message>
        <source>mode=&quot;w+&quot;, encoding=&quot;utf-8&quot; makes a text file: write() takes str and read() gives str. The default mode &quot;w+b&quot; takes and gives bytes.</source>
        <translation>mode=&quot;w+&quot;, encoding=&quot;utf-8&quot; crée un fichier texte&#xa0;: write() accepte du str et read() renvoie du str. Le mode par défaut &quot;w+b&quot; accepte et renvoie des bytes.</translation>
    </message>
    <message numerus="yes">
        <source>The other tool read %1 and saw all %n byte(s): the end of the with block closed the file, and closing flushes.</source>
        <translation>
            <numerusform>L’autre outil a lu %1 et a vu tout le contenu, soit %n octet&#xa0;: la fin du bloc with a fermé le fichier, et la fermeture vide le tampon.</numerusform>
            <numerusform>L’autre outil a lu %1 et a vu tout le contenu, soit %n octets&#xa0;: la fin du bloc with a fermé le fichier, et la fermeture vide le tampon.</numerusform>
        </translation>
    </message>
    <message>
        <source>The other tool could not read %1: %2</source>
        <translation>L’autre outil n’a pas pu lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The delete=False hand-off</source>
        <translation>Le passage de relais avec delete=False</translation>
    </message>
    <message>
        <source>delete=False keeps the file when the block closes it, so another program can open it by name, on Windows too.</source>
        <translation>delete=False conserve le fichier quand le bloc le ferme, si bien qu’un autre programme peut l’ouvrir par son nom, aussi sous Windows.</translation>
    </message>
    <message>
        <source>finally removed it (missing_ok=True: no error had it been gone already): nothing is left behind.</source>
        <translation>finally l’a supprimé (missing_ok=True&#xa0;: aucune erreur s’il avait déjà disparu)&#xa0;: rien ne reste.</translation>
    </message>
    <message>
        <source>It is still there: the finally did not remove it.</source>
        <translation>Il est toujours là&#xa0;: le finally ne l’a pas supprimé.</translation>
    </message>
    <message>
        <source>An exception inside the with block</source>
        <translation>Une exception dans le bloc with</translation>
    </message>
    <message>
        <source>mkstemp and mkdtemp, with try/finally</source>
        <translation>mkstemp et mkdtemp, avec try/finally</translation>
    </message>
    <message numerus="yes">
        <source>mkstemp gives a descriptor and a path, and owns neither: os.fdopen(fd, &quot;w+b&quot;) makes a file object whose close() closes the descriptor (%n byte(s) written), and finally removes the path whatever happened in between.</source>
        <translation>
            <numerusform>mkstemp fournit un descripteur et un chemin, et ne gère ni l’un ni l’autre&#xa0;: os.fdopen(fd, &quot;w+b&quot;) crée un objet fichier dont close() ferme le descripteur (%n octet écrit), et finally supprime le chemin quoi qu’il se soit passé entre-temps.</numerusform>
            <numerusform>mkstemp fournit un descripteur et un chemin, et ne gère ni l’un ni l’autre&#xa0;: os.fdopen(fd, &quot;w+b&quot;) crée un objet fichier dont close() ferme le descripteur (%n octets écrits), et finally supprime le chemin quoi qu’il se soit passé entre-temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>mkdtemp gives a path only: shutil.rmtree in finally removes it with what was put inside.</source>
        <translation>mkdtemp ne fournit qu’un chemin&#xa0;: shutil.rmtree dans finally le supprime avec ce qui y a été mis.</translation>
    </message>
    <message>
        <source>Both are gone.</source>
        <translation>Les deux ont disparu.</translation>
    </message>
    <message>
        <source>Something was left behind.</source>
        <translation>Quelque chose est resté.</translation>
    </message>
    <message>
        <source>Guessable names: a race lost, and mkstemp&apos;s answer</source>
        <translation>Noms prévisibles&#xa0;: une course perdue, et la réponse de mkstemp</translation>
    </message>
    <message>
        <source>%1 or %2 is there already and is not the playground&apos;s: nothing was touched.</source>
        <translation>%1 ou %2 existe déjà et n’appartient pas au bac à sable&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Another process made %1 first, as a link to %2. open(name, &quot;w&quot;) followed it: %2 now holds %3, written where the other process chose.</source>
        <translation>Un autre processus a créé %1 en premier, sous forme de lien vers %2. open(name, &quot;w&quot;) l’a suivi&#xa0;: %2 contient maintenant %3, écrit là où l’autre processus l’a choisi.</translation>
    </message>
    <message numerus="yes">
        <source>mkstemp tried %n name(s): the taken one was refused (O_EXCL|O_NOFOLLOW: FileExistsError, never a followed link), and it made %1, mode %2, instead.</source>
        <translation>
            <numerusform>mkstemp a essayé %n nom&#xa0;: le nom pris a été refusé (O_EXCL|O_NOFOLLOW&#xa0;: FileExistsError, jamais de lien suivi), et il a créé %1, mode %2, à la place.</numerusform>
            <numerusform>mkstemp a essayé %n noms&#xa0;: le nom pris a été refusé (O_EXCL|O_NOFOLLOW&#xa0;: FileExistsError, jamais de lien suivi), et il a créé %1, mode %2, à la place.</numerusform>
        </translation>
    </message>
    <message>
        <source>tempfile.mktemp() only returns a name, like the guessable one: between it and open() the name can be taken. It is deprecated; use mkstemp or NamedTemporaryFile.</source>
        <translation>tempfile.mktemp() ne renvoie qu’un nom, comme le nom prévisible&#xa0;: entre cet appel et open(), le nom peut être pris. Cette fonction est obsolète&#xa0;; utilisez mkstemp ou NamedTemporaryFile.</translation>
    </message>
    <message>
        <source>gettempdir(): each process works it out once</source>
        <translation>gettempdir()&#xa0;: chaque processus le détermine une seule fois</translation>
    </message>
    <message>
        <source>This process: gettempdir() is %1, worked out on the first call and cached for the life of the process; setting TMPDIR now would not change it.</source>
        <translation>Ce processus&#xa0;: gettempdir() vaut %1, déterminé au premier appel et mis en cache pour toute la durée du processus&#xa0;; définir TMPDIR maintenant n’y changerait rien.</translation>
    </message>
    <message>
        <source>The other process, started with TMPDIR=%1, answered %2.</source>
        <translation>L’autre processus, lancé avec TMPDIR=%1, a répondu %2.</translation>
    </message>
    <message>
        <source>The other process did not answer: %1</source>
        <translation>L’autre processus n’a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set TMPDIR before a program starts to move its temp files.</source>
        <translation>Définissez TMPDIR avant le lancement d’un programme pour déplacer ses fichiers temporaires.</translation>
    </message>
    <message>
        <source>Its answer is not TMPDIR: that directory failed the probe, so it took the next candidate.</source>
        <translation>Sa réponse n’est pas TMPDIR&#xa0;: ce dossier a échoué au test, il a donc pris le candidat suivant.</translation>
    </message>
    <message>
        <source>SpooledTemporaryFile: a BytesIO that can grow</source>
        <translation>SpooledTemporaryFile&#xa0;: un BytesIO qui peut grandir</translation>
    </message>
    <message numerus="yes">
        <source>After %n byte(s) it is an io.BytesIO: name is None and nothing is on disk.</source>
        <translation>
            <numerusform>Après %n octet, c’est un io.BytesIO&#xa0;: name vaut None et rien n’est sur le disque.</numerusform>
            <numerusform>Après %n octets, c’est un io.BytesIO&#xa0;: name vaut None et rien n’est sur le disque.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next write passed max_size=%1, so it rolled over to a TemporaryFile, and name is now %2: the descriptor number, an int, not a path. A tutorial says it &quot;gains a name attribute&quot;; there is no name to hand to another program.</source>
        <translation>L’écriture suivante a dépassé max_size=%1, le fichier a donc basculé vers un TemporaryFile, et name vaut maintenant %2&#xa0;: le numéro du descripteur, un int, pas un chemin. Un tutoriel affirme qu’il «&#xa0;gagne un attribut name&#xa0;»&#xa0;; il n’y a aucun nom à transmettre à un autre programme.</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::playground::PlaygroundWindow</name>
    <message>
        <source>seek(0) + &amp;read</source>
        <translation>seek(0) + &amp;lire</translation>
    </message>
    <message>
        <source>Rewind, then read everything</source>
        <translation>Revenir au début, puis tout lire</translation>
    </message>
    <message>
        <source>read (no seek)</source>
        <translation>lire (sans seek)</translation>
    </message>
    <message>
        <source>Read from the current position</source>
        <translation>Lire à partir de la position courante</translation>
    </message>
    <message>
        <source>&amp;flush</source>
        <translation>&amp;flush</translation>
    </message>
    <message>
        <source>Hand buffered writes to the OS</source>
        <translation>Transmettre au système d’exploitation les écritures en mémoire tampon</translation>
    </message>
    <message>
        <source>&amp;close</source>
        <translation>ferm&amp;er</translation>
    </message>
    <message>
        <source>close() the object</source>
        <translation>Appeler close() sur l’objet</translation>
    </message>
    <message>
        <source>&amp;leave scope</source>
        <translation>sortir du &amp;bloc</translation>
    </message>
    <message>
        <source>End the with block (or the C++ scope)</source>
        <translation>Terminer le bloc with (ou la portée C++)</translation>
    </message>
    <message>
        <source>add file &amp;inside</source>
        <translation>ajouter un fichier à l’&amp;intérieur</translation>
    </message>
    <message>
        <source>Write a file into the directory</source>
        <translation>Écrire un fichier dans le dossier</translation>
    </message>
    <message>
        <source>remove by hand</source>
        <translation>supprimer à la main</translation>
    </message>
    <message>
        <source>os.remove / shutil.rmtree the path now</source>
        <translation>Supprimer le chemin maintenant avec os.remove / shutil.rmtree</translation>
    </message>
    <message>
        <source>another &amp;process reads</source>
        <translation>un a&amp;utre processus lit</translation>
    </message>
    <message>
        <source>A separate program opens the path and reports what it saw</source>
        <translation>Un programme distinct ouvre le chemin et indique ce qu’il a vu</translation>
    </message>
    <message>
        <source>who has it &amp;open?</source>
        <translation>qui le tient &amp;ouvert&#xa0;?</translation>
    </message>
    <message>
        <source>Tempscope&apos;s in-use detection for this path</source>
        <translation>Détection par Tempscope de l’utilisation de ce chemin</translation>
    </message>
    <message>
        <source>Playground — Tempscope</source>
        <translation>Bac à sable — Tempscope</translation>
    </message>
    <message>
        <source>Everything here happens in &lt;b&gt;%1&lt;/b&gt;, shown in the inspector at the same time.</source>
        <translation>Tout se passe ici, dans &lt;b&gt;%1&lt;/b&gt;, et s’affiche en même temps dans l’inspecteur.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation>Type d’objet</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Préfixe&#xa0;:</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>none, e.g. .csv</source>
        <translation>aucun, par ex. .csv</translation>
    </message>
    <message>
        <source>&amp;Suffix:</source>
        <translation>&amp;Suffixe&#xa0;:</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
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
        <translation>Le supprimer dès close() (Python 3.12+&#xa0;; ignoré si delete=False)</translation>
    </message>
    <message>
        <source>Removal:</source>
        <translation>Suppression&#xa0;:</translation>
    </message>
    <message>
        <source>max_size</source>
        <translation>max_size</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <source>&amp;max_size:</source>
        <translation>&amp;max_size&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Make the object (Ctrl+N)</source>
        <translation>Créer l’objet (Ctrl+N)</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Pièges</translation>
    </message>
    <message>
        <source>Forgetting seek(0)</source>
        <translation>Oublier seek(0)</translation>
    </message>
    <message>
        <source>Forgetting flush() before another process reads</source>
        <translation>Oublier flush() avant la lecture par un autre processus</translation>
    </message>
    <message>
        <source>The Windows reopen rule</source>
        <translation>La règle de réouverture sous Windows</translation>
    </message>
    <message>
        <source>A crash before cleanup</source>
        <translation>Un plantage avant le nettoyage</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Visite guidée</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Show &amp;me</source>
        <translation>&amp;Voir</translation>
    </message>
    <message>
        <source>Run this step, then go to the next (Ctrl+Return)</source>
        <translation>Exécuter cette étape, puis passer à la suivante (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Next tour step</source>
        <translation>Étape suivante de la visite</translation>
    </message>
    <message>
        <source>&amp;Live objects</source>
        <translation>Objets &amp;actifs</translation>
    </message>
    <message>
        <source>Live objects</source>
        <translation>Objets actifs</translation>
    </message>
    <message>
        <source>Text to write</source>
        <translation>Texte à écrire</translation>
    </message>
    <message>
        <source>&amp;Write text</source>
        <translation>Écrire le te&amp;xte</translation>
    </message>
    <message>
        <source>Bytes to write</source>
        <translation>Octets à écrire</translation>
    </message>
    <message>
        <source>Write &amp;N bytes</source>
        <translation>Écrire &amp;N octets</translation>
    </message>
    <message>
        <source>Spool: memory versus disk</source>
        <translation>Spool&#xa0;: mémoire ou disque</translation>
    </message>
    <message>
        <source>Make an object, or start the guided tour.</source>
        <translation>Créez un objet ou lancez la visite guidée.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Python code</source>
        <translation>Code Python</translation>
    </message>
    <message>
        <source>C++ code</source>
        <translation>Code C++</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>C++ (Tempscope core)</source>
        <translation>C++ (cœur de Tempscope)</translation>
    </message>
    <message>
        <source>the playground root</source>
        <translation>la racine du bac à sable</translation>
    </message>
    <message>
        <source>inside %1 (%2)</source>
        <translation>dans %1 (%2)</translation>
    </message>
    <message>
        <source>Spool %1:</source>
        <translation>Spool %1&#xa0;:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>on disk: %1</source>
        <translation>sur le disque&#xa0;: %1</translation>
    </message>
    <message>
        <source>in memory: %1 of max_size %2</source>
        <translation>en mémoire&#xa0;: %1 sur max_size %2</translation>
    </message>
    <message>
        <source>in memory: %1 (max_size=0: never rolls over)</source>
        <translation>en mémoire&#xa0;: %1 (max_size=0&#xa0;: ne bascule jamais sur le disque)</translation>
    </message>
    <message>
        <source>Rolled over at byte %1 (max_size %2)</source>
        <translation>Basculé sur le disque à l’octet %1 (max_size %2)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Show &amp;me (last step)</source>
        <translation>&amp;Voir (dernière étape)</translation>
    </message>
    <message>
        <source>Python 3.12+: TemporaryDirectory(delete=False) is new in 3.12; older versions raise TypeError for it.</source>
        <translation>Python 3.12+&#xa0;: TemporaryDirectory(delete=False) est nouveau dans la 3.12&#xa0;; les versions antérieures lèvent TypeError.</translation>
    </message>
    <message>
        <source>Python 3.12+: delete_on_close is new in 3.12; older versions raise TypeError for it. delete=False works everywhere.</source>
        <translation>Python 3.12+&#xa0;: delete_on_close est nouveau dans la 3.12&#xa0;; les versions antérieures lèvent TypeError. delete=False fonctionne partout.</translation>
    </message>
    <message>
        <source>Remove it at the end of the with block (delete=True); TemporaryDirectory takes delete from Python 3.12</source>
        <translation>Le supprimer à la fin du bloc with (delete=True)&#xa0;; TemporaryDirectory accepte delete à partir de Python 3.12</translation>
    </message>
    <message>
        <source>text (mode=&quot;w+&quot;, encoding=&quot;utf-8&quot;)</source>
        <translation>texte (mode=&quot;w+&quot;, encoding=&quot;utf-8&quot;)</translation>
    </message>
    <message>
        <source>Read and write str instead of bytes; newlines are translated. Unchecked: Python&apos;s default mode &quot;w+b&quot; (bytes).</source>
        <translation>Lire et écrire du str au lieu de bytes&#xa0;; les fins de ligne sont converties. Décoché&#xa0;: mode par défaut de Python &quot;w+b&quot; (bytes).</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>Recipes from the tutorials</source>
        <translation>Recettes des tutoriels</translation>
    </message>
    <message>
        <source>Text vs binary mode</source>
        <translation>Mode texte ou binaire</translation>
    </message>
    <message>
        <source>delete=False hand-off</source>
        <translation>Passage de relais avec delete=False</translation>
    </message>
    <message>
        <source>Exception inside with</source>
        <translation>Exception dans with</translation>
    </message>
    <message>
        <source>mkstemp / mkdtemp + finally</source>
        <translation>mkstemp / mkdtemp + finally</translation>
    </message>
    <message>
        <source>Guessable names vs mkstemp</source>
        <translation>Noms prévisibles contre mkstemp</translation>
    </message>
    <message>
        <source>gettempdir() and TMPDIR</source>
        <translation>gettempdir() et TMPDIR</translation>
    </message>
    <message>
        <source>Spool: BytesIO, then a file</source>
        <translation>Spool&#xa0;: BytesIO, puis un fichier</translation>
    </message>
    <message>
        <source>str vs bytes, newline translation and the TypeError for the wrong type</source>
        <translation>str ou bytes, conversion des fins de ligne et le TypeError pour le mauvais type</translation>
    </message>
    <message>
        <source>Write, close, let another program read the path, remove it in finally</source>
        <translation>Écrire, fermer, laisser un autre programme lire le chemin, le supprimer dans finally</translation>
    </message>
    <message>
        <source>An exception ends the block: the directory is still removed</source>
        <translation>Une exception termine le bloc&#xa0;: le dossier est quand même supprimé</translation>
    </message>
    <message>
        <source>os.fdopen on mkstemp&apos;s descriptor and shutil.rmtree on mkdtemp&apos;s path, in try/finally</source>
        <translation>os.fdopen sur le descripteur de mkstemp et shutil.rmtree sur le chemin de mkdtemp, dans try/finally</translation>
    </message>
    <message>
        <source>Another process takes a guessable name first; mkstemp refuses taken names</source>
        <translation>Un autre processus prend d’abord un nom prévisible&#xa0;; mkstemp refuse les noms pris</translation>
    </message>
    <message>
        <source>Another process started with TMPDIR set answers differently; this one keeps its cached answer</source>
        <translation>Un autre processus lancé avec TMPDIR défini répond autrement&#xa0;; celui-ci garde sa réponse en cache</translation>
    </message>
    <message>
        <source>A SpooledTemporaryFile is a BytesIO until it rolls over; then its name is a descriptor number</source>
        <translation>Un SpooledTemporaryFile est un BytesIO jusqu’à sa bascule&#xa0;; ensuite, son nom est un numéro de descripteur</translation>
    </message>
    <message>
        <source>write the wrong &amp;type</source>
        <translation>écrire le mauvais t&amp;ype</translation>
    </message>
    <message>
        <source>str to a binary file, bytes to a text file: Python&apos;s TypeError</source>
        <translation>du str vers un fichier binaire, des bytes vers un fichier texte&#xa0;: le TypeError de Python</translation>
    </message>
    <message>
        <source>raise in the &amp;block</source>
        <translation>&amp;lever dans le bloc</translation>
    </message>
    <message>
        <source>An exception ends the with block: is the object still cleaned up?</source>
        <translation>Une exception termine le bloc with&#xa0;: l’objet est-il quand même nettoyé&#xa0;?</translation>
    </message>
    <message>
        <source>Written as UTF-8; \n is a line break, \r a carriage return</source>
        <translation>Écrit en UTF-8&#xa0;; \n est un saut de ligne, \r un retour chariot</translation>
    </message>
    <message>
        <source>The session as a Python script</source>
        <translation>La session sous forme de script Python</translation>
    </message>
    <message>
        <source>The session as a C++ function</source>
        <translation>La session sous forme de fonction C++</translation>
    </message>
    <message>
        <source>Session: Python</source>
        <translation>Session&#xa0;: Python</translation>
    </message>
    <message>
        <source>Session: C++</source>
        <translation>Session&#xa0;: C++</translation>
    </message>
    <message>
        <source>Copy as &amp;script</source>
        <translation>Copier comme &amp;script</translation>
    </message>
    <message>
        <source>Copy everything done so far as one program: the C++ function when a C++ tab is shown, else the Python script</source>
        <translation>Copier tout ce qui a été fait jusqu’ici sous forme d’un seul programme&#xa0;: la fonction C++ si un onglet C++ est affiché, sinon le script Python</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::playground::snippets</name>
    <message>
        <source>You own both: os.close(fd) and os.remove(path) are up to you.</source>
        <translation>Les deux sont à votre charge&#xa0;: os.close(fd) et os.remove(path) vous reviennent.</translation>
    </message>
    <message>
        <source>You own both: close the fd and remove the path.</source>
        <translation>Les deux sont à votre charge&#xa0;: fermez le fd et supprimez le chemin.</translation>
    </message>
    <message>
        <source>Mode 0700. Removing it (shutil.rmtree) is up to you.</source>
        <translation>Mode 0700. Sa suppression (shutil.rmtree) est à votre charge.</translation>
    </message>
    <message>
        <source>Mode 0700. Removing it is up to you.</source>
        <translation>Mode 0700. Sa suppression est à votre charge.</translation>
    </message>
    <message>
        <source>the next actions happen here</source>
        <translation>les actions suivantes se passent ici</translation>
    </message>
    <message>
        <source>unbuffered: straight to the OS</source>
        <translation>sans tampon&#xa0;: directement au système d’exploitation</translation>
    </message>
    <message>
        <source>no seek: reads from the current position</source>
        <translation>pas de seek&#xa0;: lit à partir de la position courante</translation>
    </message>
    <message>
        <source>no seek</source>
        <translation>pas de seek</translation>
    </message>
    <message>
        <source>no seek(0) first</source>
        <translation>sans seek(0) avant</translation>
    </message>
    <message>
        <source>os.write() has no buffer: nothing to flush</source>
        <translation>os.write() n’a pas de tampon&#xa0;: rien à vider</translation>
    </message>
    <message>
        <source>::write() has no buffer: nothing to flush</source>
        <translation>::write() n’a pas de tampon&#xa0;: rien à vider</translation>
    </message>
    <message>
        <source>the file stays</source>
        <translation>le fichier reste</translation>
    </message>
    <message>
        <source>no with block: nothing happens when path goes out of scope</source>
        <translation>pas de bloc with&#xa0;: rien ne se passe quand path sort de la portée</translation>
    </message>
    <message>
        <source>the right way: try/finally with os.close(fd) and os.remove(path)</source>
        <translation>la bonne méthode&#xa0;: try/finally avec os.close(fd) et os.remove(path)</translation>
    </message>
    <message>
        <source>MkstempResult is a plain struct: its destructor does nothing.</source>
        <translation>MkstempResult est une simple struct&#xa0;: son destructeur ne fait rien.</translation>
    </message>
    <message>
        <source>no with block: the directory stays</source>
        <translation>pas de bloc with&#xa0;: le dossier reste</translation>
    </message>
    <message>
        <source>what you must write yourself</source>
        <translation>ce que vous devez écrire vous-même</translation>
    </message>
    <message>
        <source>A QString path: nothing removes the directory for you.</source>
        <translation>Un chemin QString&#xa0;: rien ne supprime le dossier à votre place.</translation>
    </message>
    <message>
        <source>cleanup(): the directory and everything in it go</source>
        <translation>cleanup()&#xa0;: le dossier et tout son contenu disparaissent</translation>
    </message>
    <message>
        <source>close(), then remove the file (delete=True)</source>
        <translation>close(), puis suppression du fichier (delete=True)</translation>
    </message>
    <message>
        <source>close(); the file stays (delete=False)</source>
        <translation>close()&#xa0;; le fichier reste (delete=False)</translation>
    </message>
    <message>
        <source>close(): the file goes with its last descriptor</source>
        <translation>close()&#xa0;: le fichier disparaît avec son dernier descripteur</translation>
    </message>
    <message>
        <source>leaving the block runs __exit__: %1</source>
        <translation>la sortie du bloc exécute __exit__&#xa0;: %1</translation>
    </message>
    <message>
        <source>the destructor: %1</source>
        <translation>le destructeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>another process opens the path</source>
        <translation>un autre processus ouvre le chemin</translation>
    </message>
    <message>
        <source>Windows, while the file is open with delete_on_close=True:</source>
        <translation>Sous Windows, tant que le fichier est ouvert avec delete_on_close=True&#xa0;:</translation>
    </message>
    <message>
        <source>PermissionError: [Errno 13] Permission denied</source>
        <translation>PermissionError: [Errno 13] Permission denied</translation>
    </message>
    <message>
        <source>Tempscope&apos;s in-use detection (/proc/*/fd on Linux):</source>
        <translation>Détection par Tempscope de l’utilisation (/proc/*/fd sous Linux)&#xa0;:</translation>
    </message>
    <message>
        <source>this process holds it</source>
        <translation>ce processus le tient ouvert</translation>
    </message>
    <message>
        <source>no __exit__, no finally, no atexit</source>
        <translation>ni __exit__, ni finally, ni atexit</translation>
    </message>
    <message>
        <source>no destructor runs</source>
        <translation>aucun destructeur ne s’exécute</translation>
    </message>
    <message>
        <source>Python 3.12+: delete_on_close is new in 3.12</source>
        <translation>Python 3.12+&#xa0;: delete_on_close est nouveau dans la 3.12</translation>
    </message>
    <message>
        <source>nothing to flush: the core devices are unbuffered (a QFile would need flush())</source>
        <translation>rien à vider&#xa0;: les périphériques du noyau ne sont pas tamponnés (un QFile aurait besoin de flush())</translation>
    </message>
    <message>
        <source>Python 3.12+: before, the end of the block raises FileNotFoundError</source>
        <translation>Python 3.12+&#xa0;: avant, la fin du bloc lève FileNotFoundError</translation>
    </message>
    <message>
        <source>opening it again by name works, on Windows too</source>
        <translation>le rouvrir par son nom fonctionne, aussi sous Windows</translation>
    </message>
    <message>
        <source>Python 3.12+: TemporaryDirectory&apos;s delete is new in 3.12</source>
        <translation>Python 3.12+&#xa0;: le paramètre delete de TemporaryDirectory est nouveau dans la 3.12</translation>
    </message>
    <message>
        <source>the end of the with block</source>
        <translation>la fin du bloc with</translation>
    </message>
    <message>
        <source>the end of the with block: delete=False keeps it</source>
        <translation>la fin du bloc with&#xa0;: delete=False le conserve</translation>
    </message>
    <message>
        <source>the block was left by the exception: __exit__ ran</source>
        <translation>le bloc a été quitté par l’exception&#xa0;: __exit__ s’est exécuté</translation>
    </message>
    <message>
        <source>the destructor ran while the exception left the scope</source>
        <translation>le destructeur s’est exécuté pendant que l’exception quittait la portée</translation>
    </message>
    <message>
        <source>nothing made yet</source>
        <translation>rien de créé pour l’instant</translation>
    </message>
    <message>
        <source>bytes to a text file</source>
        <translation>des bytes vers un fichier texte</translation>
    </message>
    <message>
        <source>str to a binary file</source>
        <translation>du str vers un fichier binaire</translation>
    </message>
    <message>
        <source>TextMode::write() takes a QString: bytes do not compile</source>
        <translation>TextMode::write() attend un QString&#xa0;: des bytes ne compilent pas</translation>
    </message>
    <message>
        <source>QIODevice::write() takes bytes: a QString does not compile</source>
        <translation>QIODevice::write() attend des octets&#xa0;: un QString ne compile pas</translation>
    </message>
    <message>
        <source>str, newlines translated</source>
        <translation>str, fins de ligne converties</translation>
    </message>
    <message>
        <source>nothing; the directory stays (delete=False)</source>
        <translation>rien&#xa0;; le dossier reste (delete=False)</translation>
    </message>
</context>
<context>
    <name>tempscope::gui::playground::snippets::recipes</name>
    <message>
        <source>the block closed the file: flushed, and free for others (Windows too)</source>
        <translation>le bloc a fermé le fichier&#xa0;: tampon vidé, et libre pour les autres (Windows aussi)</translation>
    </message>
    <message>
        <source>the other tool opens the path</source>
        <translation>l’autre outil ouvre le chemin</translation>
    </message>
    <message>
        <source>runs whatever happened above</source>
        <translation>s’exécute quoi qu’il se soit passé plus haut</translation>
    </message>
    <message>
        <source>closed, kept: autoDelete = false</source>
        <translation>fermé, conservé&#xa0;: autoDelete = false</translation>
    </message>
    <message>
        <source>a file object on the descriptor: closing it closes fd</source>
        <translation>un objet fichier sur le descripteur&#xa0;: le fermer ferme fd</translation>
    </message>
    <message>
        <source>runs even when the write raised</source>
        <translation>s’exécute même si l’écriture a levé une exception</translation>
    </message>
    <message>
        <source>the directory and everything in it</source>
        <translation>le dossier et tout son contenu</translation>
    </message>
    <message>
        <source>the finally</source>
        <translation>le finally</translation>
    </message>
    <message>
        <source>closing f closes the descriptor</source>
        <translation>fermer f ferme le descripteur</translation>
    </message>
    <message>
        <source>a name anyone can guess</source>
        <translation>un nom que n’importe qui peut deviner</translation>
    </message>
    <message>
        <source>another process gets there first: a link to a file of its choosing</source>
        <translation>un autre processus arrive en premier&#xa0;: un lien vers un fichier de son choix</translation>
    </message>
    <message>
        <source>O_CREAT|O_TRUNC follows the link</source>
        <translation>O_CREAT|O_TRUNC suit le lien</translation>
    </message>
    <message>
        <source>what mkstemp does for each name it tries</source>
        <translation>ce que fait mkstemp pour chaque nom essayé</translation>
    </message>
    <message>
        <source>a taken name: it tries the next random one</source>
        <translation>un nom pris&#xa0;: il essaie le suivant, tiré au hasard</translation>
    </message>
    <message>
        <source>tempfile.mktemp() only returns a name (deprecated since Python 2.3): between it and open() the name can be taken, exactly as above.</source>
        <translation>tempfile.mktemp() ne renvoie qu’un nom (obsolète depuis Python 2.3)&#xa0;: entre cet appel et open(), le nom peut être pris, exactement comme ci-dessus.</translation>
    </message>
    <message>
        <source>follows the other process&apos;s link</source>
        <translation>suit le lien de l’autre processus</translation>
    </message>
    <message>
        <source>O_EXCL|O_NOFOLLOW: a taken name is skipped</source>
        <translation>O_EXCL|O_NOFOLLOW&#xa0;: un nom pris est ignoré</translation>
    </message>
    <message>
        <source>this process: worked out on the first call, then cached</source>
        <translation>ce processus&#xa0;: déterminé au premier appel, puis mis en cache</translation>
    </message>
    <message>
        <source>the child&apos;s own answer: path</source>
        <translation>la propre réponse du processus enfant&#xa0;: chemin</translation>
    </message>
    <message>
        <source>unchanged: this process keeps its first answer</source>
        <translation>inchangé&#xa0;: ce processus garde sa première réponse</translation>
    </message>
    <message>
        <source>TempDirResolver::cached(): one answer per process</source>
        <translation>TempDirResolver::cached()&#xa0;: une réponse par processus</translation>
    </message>
    <message>
        <source>prints: tempdir &lt;the new directory&gt;</source>
        <translation>affiche&#xa0;: tempdir &lt;le nouveau dossier&gt;</translation>
    </message>
    <message>
        <source>None: an io.BytesIO inside, no file</source>
        <translation>None&#xa0;: un io.BytesIO à l’intérieur, pas de fichier</translation>
    </message>
    <message>
        <source>empty: the data is in memory</source>
        <translation>vide&#xa0;: les données sont en mémoire</translation>
    </message>
    <message>
        <source>the TemporaryFile&apos;s name: its descriptor number, no path</source>
        <translation>le nom du TemporaryFile&#xa0;: son numéro de descripteur, pas de chemin</translation>
    </message>
    <message>
        <source>the descriptor number, twice</source>
        <translation>le numéro du descripteur, deux fois</translation>
    </message>
</context>
<context>
    <name>tempscope::tempfile::SpooledTemporaryFile</name>
    <message>
        <source>A temporary file cannot be reopened</source>
        <translation>Un fichier temporaire ne peut pas être rouvert</translation>
    </message>
</context>
<context>
    <name>tempscope::tempfile::TempFileDevice</name>
    <message>
        <source>A temporary file cannot be reopened</source>
        <translation>Un fichier temporaire ne peut pas être rouvert</translation>
    </message>
</context>
</TS>
