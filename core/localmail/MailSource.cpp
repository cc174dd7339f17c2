#include "localmail/MailSource.h"

#include "store/Types.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace mailtide::localmail {

namespace {

constexpr qint64 kMaxMessageFile = 512LL * 1024 * 1024; // a single .eml bigger than this is skipped

bool isMaildir(const QString &dir)
{
    return QFileInfo(dir + QStringLiteral("/cur")).isDir() && QFileInfo(dir + QStringLiteral("/new")).isDir();
}

/** A From_ line: "From " sender, then a date with a time ("From a@b Sat Jan  3 01:05:34 1996"). */
bool looksLikeFromLine(QByteArrayView line)
{
    if (!line.startsWith("From "))
        return false;
    // Look for hh:mm in the rest of the line: cheap and rejects "From the desk of..." lines.
    const QByteArrayView rest = line.sliced(5);
    for (qsizetype i = 1; i + 3 < rest.size(); ++i)
        if (rest[i] == ':' && std::isdigit(uchar(rest[i - 1])) && std::isdigit(uchar(rest[i + 1])) &&
            std::isdigit(uchar(rest[i + 2])))
            return true;
    return false;
}

/** Does data begin like an RFC 5322 message (a header field "Name: value")? */
bool looksLikeMessage(QByteArrayView data)
{
    // NUL bytes further on do not disqualify a message (spam carries them to break filters);
    // the first line must still be a header field.
    const QByteArrayView head = data.first(std::min<qsizetype>(data.size(), 4096));
    const qsizetype eol = head.indexOf('\n');
    const QByteArrayView first = eol >= 0 ? head.first(eol) : head;
    const qsizetype colon = first.indexOf(':');
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const uchar c = uchar(first[i]);
        if (c <= 32 || c >= 127)
            return false; // field names are printable ASCII without spaces (RFC 5322 2.2)
    }
    return true;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("LocalMail", "Cannot read the file"), path + QStringLiteral(": ") + f.errorString()};
    if (f.size() > kMaxMessageFile)
        return Error{QCoreApplication::translate("LocalMail", "The file is too large to be one message"), path};
    return f.readAll();
}

Status readMbox(const QString &path, const QString &folder, const MessageSink &sink, QStringList *warnings)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("LocalMail", "Cannot read the mailbox"), path + QStringLiteral(": ") + f.errorString()};
    // fstat on the open file: no second path lookup.
    const qint64 mtime = f.fileTime(QFileDevice::FileModificationTime).toSecsSinceEpoch();
    if (f.size() == 0)
        return {};
    // A small file (a single saved message) is cheaper to read than to map and unmap.
    constexpr qint64 kMapFrom = 1024 * 1024;
    uchar *mapped = f.size() >= kMapFrom ? f.map(0, f.size()) : nullptr;
    QByteArray fallback;
    if (!mapped) {
        fallback = f.readAll();
        mapped = reinterpret_cast<uchar *>(fallback.data());
    }
    const QByteArrayView data(reinterpret_cast<const char *>(mapped), f.size());
    const auto spans = splitMbox(data);
    if (spans.isEmpty() && warnings)
        *warnings << QCoreApplication::translate("LocalMail", "%1: no messages found in this mbox").arg(path);
    for (const auto &[off, len] : spans) {
        RawMessage m;
        m.bytes = unquoteMbox(data.sliced(off, len));
        m.folder = folder;
        m.sourcePath = path;
        m.offset = off;
        m.length = len;
        m.fileTimeUtc = mtime;
        if (!sink(std::move(m)))
            break;
    }
    return {};
}

Status readMaildirFolder(const QString &dir, const QString &folder, const MessageSink &sink, bool *stop)
{
    for (const char *sub : {"new", "cur"}) {
        QDir d(dir + QLatin1Char('/') + QLatin1String(sub));
        const QStringList names = d.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names) {
            const QString path = d.filePath(name);
            auto bytes = readFile(path);
            if (!bytes)
                continue; // vanished or unreadable: a best-effort import goes on
            RawMessage m;
            m.bytes = std::move(bytes.value());
            m.folder = folder;
            m.sourcePath = path;
            m.fileTimeUtc = QFileInfo(path).lastModified().toSecsSinceEpoch();
            m.flags = qstrcmp(sub, "new") == 0 ? 0 : maildirFlags(name);
            m.flagsKnown = true;
            if (!sink(std::move(m))) {
                *stop = true;
                return {};
            }
        }
    }
    return {};
}

Status readMaildir(const QString &root, const MessageSink &sink)
{
    bool stop = false;
    // The root is INBOX; Maildir++ keeps subfolders as ".A.B" directories beside cur/new/tmp;
    // the "fs" layout nests them as A/B. Both are read.
    if (Status st = readMaildirFolder(root, QStringLiteral("INBOX"), sink, &stop); !st || stop)
        return st;
    QDir top(root);
    std::function<Status(const QString &, const QString &)> walkFs = [&](const QString &dir,
                                                                        const QString &prefix) -> Status {
        const QStringList subs = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &s : subs) {
            if (s == QLatin1String("cur") || s == QLatin1String("new") || s == QLatin1String("tmp") ||
                s.startsWith(QLatin1Char('.')))
                continue;
            const QString path = dir + QLatin1Char('/') + s;
            const QString name = prefix.isEmpty() ? s : prefix + QLatin1Char('/') + s;
            if (isMaildir(path))
                if (Status st = readMaildirFolder(path, name, sink, &stop); !st || stop)
                    return st;
            if (Status st = walkFs(path, name); !st || stop)
                return st;
        }
        return {};
    };
    const QStringList dots = top.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &s : dots) {
        if (!s.startsWith(QLatin1Char('.')) || !isMaildir(top.filePath(s)))
            continue;
        const QString name = s.mid(1).split(QLatin1Char('.'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
        if (Status st = readMaildirFolder(top.filePath(s), name, sink, &stop); !st || stop)
            return st;
    }
    return walkFs(root, QString());
}

Status readEmlFolder(const QString &root, const QString &folder, const MessageSink &sink, QStringList *warnings)
{
    // Files directly in root go to `folder`; files in sub-directories to `folder/sub/dir`, or to
    // `sub/dir` when root holds no files of its own. Absolute: QDir::relativeFilePath() returns a
    // relative path unchanged, so "tests/data/modern" made a folder "tests/data/modern".
    const QString absRoot = QFileInfo(root).absoluteFilePath();
    QDirIterator it(absRoot, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    const QDir base(absRoot);
    // A root that only holds sub-folders (an archive sorted by folder) adds no level of its own.
    const bool rootHasFiles = std::any_of(files.cbegin(), files.cend(), [&](const QString &p) {
        return !base.relativeFilePath(p).contains(QLatin1Char('/'));
    });
    int notMail = 0;
    for (const QString &path : files) {
        const QString relDir = QFileInfo(base.relativeFilePath(path)).path();
        const QString target = relDir == QLatin1String(".") ? folder
                               : rootHasFiles               ? folder + QLatin1Char('/') + relDir
                                                            : relDir;
        auto kind = detect(path);
        if (!kind || kind.value() == SourceKind::Maildir || kind.value() == SourceKind::EmlFolder) {
            ++notMail;
            continue;
        }
        // A message file that starts with a From_ line (as saved by many tools, and as the
        // public corpus ships them) is a one-message mbox: the splitter drops that line.
        bool stopped = false;
        const Status st = read(path, kind.value(), target, [&](RawMessage &&m) {
            if (!sink(std::move(m)))
                stopped = true;
            return !stopped;
        });
        if (!st && warnings)
            *warnings << st.error().toString();
        if (stopped)
            return {};
    }
    if (notMail && warnings)
        *warnings << QCoreApplication::translate("LocalMail", "%1: %n file(s) skipped: not mail messages", nullptr, int(notMail)).arg(root);
    return {};
}

} // namespace

QList<QPair<qint64, qint64>> splitMbox(QByteArrayView data)
{
    QList<QPair<qint64, qint64>> spans;
    qint64 start = -1;       // start of the current message's bytes
    bool prevBlank = true;   // the start of the file counts as after a blank line
    qint64 pos = 0;
    const qint64 n = data.size();
    while (pos < n) {
        qint64 eol = data.indexOf('\n', pos);
        const qint64 next = eol < 0 ? n : eol + 1;
        QByteArrayView line = data.sliced(pos, (eol < 0 ? n : eol) - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (prevBlank && looksLikeFromLine(line)) {
            if (start >= 0) {
                // The separator's blank line belongs to mbox, not to the message.
                qint64 end = pos;
                if (end > start && data[end - 1] == '\n')
                    --end;
                if (end > start && data[end - 1] == '\r')
                    --end;
                spans.append({start, end - start});
            }
            start = next;
        }
        prevBlank = line.isEmpty();
        pos = next;
    }
    if (start >= 0 && start < n)
        spans.append({start, n - start}); // a missing final newline is fine
    return spans;
}

QByteArray unquoteMbox(QByteArrayView quoted)
{
    QByteArray out;
    out.reserve(quoted.size());
    qsizetype pos = 0;
    while (pos < quoted.size()) {
        qsizetype eol = quoted.indexOf('\n', pos);
        const qsizetype next = eol < 0 ? quoted.size() : eol + 1;
        QByteArrayView line = quoted.sliced(pos, next - pos);
        qsizetype gt = 0;
        while (gt < line.size() && line[gt] == '>')
            ++gt;
        if (gt > 0 && line.sliced(gt).startsWith("From "))
            line = line.sliced(1);
        out.append(line);
        pos = next;
    }
    return out;
}

int maildirFlags(const QString &fileName)
{
    const qsizetype info = fileName.lastIndexOf(QStringLiteral(":2,"));
    if (info < 0)
        return 0;
    int flags = 0;
    for (QChar c : fileName.mid(info + 3)) {
        switch (c.unicode()) {
        case 'S': flags |= store::FlagSeen; break;
        case 'R': flags |= store::FlagAnswered; break;
        case 'F': flags |= store::FlagFlagged; break;
        case 'T': flags |= store::FlagDeleted; break;
        case 'D': flags |= store::FlagDraft; break;
        case 'P': flags |= store::FlagForwarded; break;
        default: break;
        }
    }
    return flags;
}

Result<SourceKind> detect(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error{QCoreApplication::translate("LocalMail", "No such file or folder"), path};
    if (fi.isDir()) {
        if (isMaildir(path))
            return SourceKind::Maildir;
        return SourceKind::EmlFolder;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("LocalMail", "Cannot read the file"), path + QStringLiteral(": ") + f.errorString()};
    const QByteArray head = f.read(4096);
    if (head.isEmpty())
        return SourceKind::Mbox; // an empty mbox holds no messages: imported as nothing
    const qsizetype eol = head.indexOf('\n');
    QByteArrayView first = eol >= 0 ? QByteArrayView(head).first(eol) : QByteArrayView(head);
    if (first.endsWith('\r'))
        first.chop(1);
    if (looksLikeFromLine(first))
        return SourceKind::Mbox;
    if (looksLikeMessage(head))
        return SourceKind::EmlFile;
    return Error{QCoreApplication::translate("LocalMail", "Not a mailbox: no mbox \"From \" line and no message headers"), path};
}

QString defaultFolderName(const QString &path, SourceKind kind)
{
    const QFileInfo fi(path);
    const QString suffix = fi.suffix().toLower();
    const bool messageFile = kind == SourceKind::EmlFile || suffix == QLatin1String("eml") ||
                             suffix == QLatin1String("msg");
    // A message file belongs to the folder it sits in; an mbox file is a folder (Thunderbird's
    // "Inbox", "Sent"); a directory names its own top folder.
    QString name = messageFile ? QFileInfo(fi.absolutePath()).fileName()
                   : kind == SourceKind::Mbox ? fi.completeBaseName()
                                              : QFileInfo(fi.absoluteFilePath()).fileName();
    return name.isEmpty() ? QStringLiteral("Local") : name;
}

qint64 totalBytes(const QString &path, SourceKind kind)
{
    if (kind == SourceKind::Mbox || kind == SourceKind::EmlFile)
        return QFileInfo(path).size();
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

Status read(const QString &path, SourceKind kind, const QString &folderName, const MessageSink &sink,
            QStringList *warnings)
{
    switch (kind) {
    case SourceKind::Mbox:
        return readMbox(path, folderName, sink, warnings);
    case SourceKind::Maildir:
        return readMaildir(path, sink);
    case SourceKind::EmlFolder:
        return readEmlFolder(path, folderName, sink, warnings);
    case SourceKind::EmlFile: {
        auto bytes = readFile(path);
        if (!bytes)
            return bytes.error();
        RawMessage m;
        m.bytes = std::move(bytes.value());
        m.folder = folderName;
        m.sourcePath = path;
        m.fileTimeUtc = QFileInfo(path).lastModified().toSecsSinceEpoch();
        sink(std::move(m));
        return {};
    }
    }
    return {};
}

Result<QByteArray> readMessageBytes(const QString &path, std::optional<qint64> offset,
                                    std::optional<qint64> length)
{
    if (!offset || !length)
        return readFile(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("LocalMail", "Cannot read the mailbox"), path + QStringLiteral(": ") + f.errorString()};
    if (*offset < 0 || *length < 0 || *offset + *length > f.size())
        return Error{QCoreApplication::translate("LocalMail", "The mailbox changed since it was imported"), path};
    f.seek(*offset);
    return unquoteMbox(f.read(*length));
}

} // namespace mailtide::localmail
