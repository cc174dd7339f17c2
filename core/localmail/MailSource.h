#pragma once
/** @short Reading local mail: mbox (mboxo/mboxrd), Maildir (and Maildir++), .eml files and folders.
 *
 * Read-only: nothing on disk is ever changed. Pure readers: they hand out raw messages and never
 * touch the store (LocalImporter does that). Bounded memory: mbox files are memory-mapped and
 * walked; one message is copied at a time. */
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace mailtide::localmail {

enum class SourceKind { Mbox, Maildir, EmlFile, EmlFolder };

/** One message as found on disk. */
struct RawMessage
{
    QByteArray bytes;   ///< the message, with mbox quoting undone
    QString folder;     ///< folder path in the account, '/'-separated
    QString sourcePath; ///< the file holding it
    std::optional<qint64> offset; ///< mbox: where the message starts in sourcePath (after From_)
    std::optional<qint64> length; ///< mbox: its length there, quoted
    qint64 fileTimeUtc = 0;       ///< the file's modification time
    int flags = 0;                ///< store::MessageFlag bits from Maildir names (0 elsewhere)
    bool flagsKnown = false;      ///< Maildir: flags come from the file name
};

/** Called for each message; return false to stop (cancel). */
using MessageSink = std::function<bool(RawMessage &&)>;

/** What kind of local mail a path holds, or an error saying why it is none. */
Result<SourceKind> detect(const QString &path);

/** The folder a path's messages go to: a message file's directory name, an mbox file's base name
 *  ("Inbox"), a folder's own name. Maildir names its folders itself (INBOX, Lists/Qt). */
QString defaultFolderName(const QString &path, SourceKind kind);

/** Total bytes of the files a path holds (for progress). */
qint64 totalBytes(const QString &path, SourceKind kind);

/** Reads every message of path (of the given kind) into sink. folderName names the top folder
 *  (for mbox and .eml folders; Maildir's top folder is INBOX). Returns an error only when the
 *  source cannot be read at all; damaged messages are delivered best-effort. */
Status read(const QString &path, SourceKind kind, const QString &folderName, const MessageSink &sink,
            QStringList *warnings = nullptr);

/** Splits mbox bytes into messages: (offset, length) of each, after its From_ line. A line
 *  starting with "From " separates messages only at the start or after an empty line, and only
 *  when it looks like a From_ line (it carries a time, hh:mm). */
QList<QPair<qint64, qint64>> splitMbox(QByteArrayView data);

/** Undoes mboxo/mboxrd quoting: ">From " -> "From ", ">>From " -> ">From " (at line starts). */
QByteArray unquoteMbox(QByteArrayView quoted);

/** Maildir flags from a file name's ":2,FLAGS" info (P R S T D F), as store::MessageFlag bits. */
int maildirFlags(const QString &fileName);

/** Re-reads one stored message's bytes (mbox region or whole file), for display or analysis. */
Result<QByteArray> readMessageBytes(const QString &path, std::optional<qint64> offset,
                                    std::optional<qint64> length);

} // namespace mailtide::localmail
