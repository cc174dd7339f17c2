#pragma once
/** @short Imports local mail into the store as a read-only account, incrementally.
 *
 * Runs on whichever thread owns the Store it is given (a worker for the GUI, main for the CLI).
 * Each message is keyed by the SHA-256 of its bytes, so importing the same files again adds
 * nothing, and a message found twice in an archive is stored once. Writes commit in batches, so
 * a cancelled or killed import keeps what it finished and the next run resumes. */
#include "localmail/MailSource.h"
#include "mime/MessageHeaders.h"
#include "store/Types.h"
#include "util/Result.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace mailtide::store {
class Store;
}
namespace mailtide::classify {
class Classifier;
}

namespace mailtide::localmail {

struct ImportProgress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 seen = 0;
    qint64 added = 0;
    QString currentPath;
};

struct ImportReport
{
    qint64 seen = 0;       ///< messages read
    qint64 added = 0;      ///< new rows stored
    qint64 duplicates = 0; ///< already stored (same bytes)
    qint64 accountId = 0;
    bool cancelled = false;
    QStringList warnings;  ///< per-source problems that did not stop the import
    double seconds = 0;
};

/** Where the received time comes from, in the order the product trusts them. */
struct ReceivedTime
{
    mime::Timestamp time;
    store::ReceivedSource source = store::ReceivedSource::File;
};

/** The top-most Received header's date, else the Date header, else the file time. A time
 *  before 1990 or more than a day after nowUtc is implausible and skipped. */
ReceivedTime chooseReceivedTime(const mime::MessageHeaders &h, qint64 fileTimeUtc, qint64 nowUtc);

/** The key that identifies a local message: "sha256:" and the hex digest of its bytes. */
QString localKey(const QByteArray &bytes);

/** The header facts of a stored row, the same for local and IMAP mail: Message-ID, the Date as
 *  written, sender (name, address, registrable domain), Reply-To, Return-Path, subject. */
void setHeaderFields(store::NewMessage &m, const mime::MessageHeaders &h);

/** Turns one raw message into the row the store keeps (times chosen). Leaves the account,
 *  folder and local key for the caller. */
store::NewMessage toNewMessage(const RawMessage &raw, const mime::MessageHeaders &h, qint64 nowUtc);

class LocalImporter
{
public:
    using ProgressFn = std::function<void(const ImportProgress &)>;

    explicit LocalImporter(store::Store &store) : m_store(store) {}

    void setProgress(ProgressFn fn) { m_progress = std::move(fn); }
    /** Checked between messages; set from any thread to stop after the current batch. */
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }
    /** "Now", for the plausibility of dates (tests pin it). Default: the system clock. */
    void setNow(qint64 nowUtc) { m_now = nowUtc; }
    void setBatchSize(int n) { m_batch = n; }
    /** Classifies each new message on arrival (verdict, score and reasons are stored). The
     *  classifier must outlive the import; nullptr (the default) stores no verdict. */
    void setClassifier(const classify::Classifier *c) { m_classifier = c; }
    /** Progress is reported at most this often (ms; 0 = after every message). */
    void setProgressInterval(int ms) { m_progressInterval = ms; }

    /** Imports every path (mbox, Maildir, .eml file or folder) into the local account `account`
     *  (created if missing). A path that is not mail is a warning when others succeed, an error
     *  when it was the only one. */
    Result<ImportReport> import(const QString &account, const QStringList &paths);

private:
    store::Store &m_store;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    const classify::Classifier *m_classifier = nullptr;
    qint64 m_now = 0;
    int m_batch = 2000;
    int m_progressInterval = 100;
};

} // namespace mailtide::localmail
