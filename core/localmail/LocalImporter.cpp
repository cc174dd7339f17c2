#include "localmail/LocalImporter.h"

#include "classify/Classifier.h"
#include "classify/InputBuilder.h"
#include "mime/ParsedMessage.h"
#include "senders/Evidence.h"
#include "store/SenderReader.h"
#include "store/Store.h"
#include "util/Domains.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLocal, "mailtide.localmail")

namespace mailtide::localmail {

namespace {

constexpr qint64 k1990 = 631152000; // 1990-01-01T00:00:00Z

bool plausible(const mime::Timestamp &t, qint64 nowUtc)
{
    return t.utc >= k1990 && t.utc <= nowUtc + 86400;
}

} // namespace

QString localKey(const QByteArray &bytes)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ReceivedTime chooseReceivedTime(const mime::MessageHeaders &h, qint64 fileTimeUtc, qint64 nowUtc)
{
    if (h.topReceived && plausible(*h.topReceived, nowUtc))
        return {*h.topReceived, store::ReceivedSource::Received};
    if (h.date && plausible(*h.date, nowUtc))
        return {*h.date, store::ReceivedSource::Date};
    return {{fileTimeUtc, 0}, store::ReceivedSource::File};
}

void setHeaderFields(store::NewMessage &m, const mime::MessageHeaders &h)
{
    m.messageId = h.messageId;
    if (h.date) {
        m.dateUtc = h.date->utc;
        m.dateOffset = h.date->offset;
    }
    m.fromAddr = h.from.address;
    m.fromName = h.from.name;
    m.fromDomain = util::registrableDomain(util::domainOf(h.from.address));
    m.replyTo = h.replyTo;
    m.returnPath = h.returnPath;
    m.subject = h.subject;
    m.listId = h.listId;
    m.unsubscribe = h.listUnsubscribe;
}

store::NewMessage toNewMessage(const RawMessage &raw, const mime::MessageHeaders &h, qint64 nowUtc)
{
    store::NewMessage m;
    setHeaderFields(m, h);
    const ReceivedTime rt = chooseReceivedTime(h, raw.fileTimeUtc, nowUtc);
    m.receivedUtc = rt.time.utc;
    m.receivedOffset = rt.time.offset;
    m.receivedSource = rt.source;
    m.size = raw.bytes.size();
    m.flags = raw.flagsKnown ? raw.flags : h.statusFlags;
    m.sourcePath = QFileInfo(raw.sourcePath).absoluteFilePath();
    m.sourceOffset = raw.offset;
    m.sourceLength = raw.length;
    return m;
}

Result<ImportReport> LocalImporter::import(const QString &account, const QStringList &paths)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 now = m_now ? m_now : QDateTime::currentSecsSinceEpoch();
    ImportReport report;

    // Look at every source first: a typo in the only path is an error before anything is written.
    struct Source
    {
        QString path;
        SourceKind kind;
    };
    QVector<Source> sources;
    ImportProgress progress;
    for (const QString &p : paths) {
        if (m_cancel && m_cancel->load())
            break; // looking at a huge tree can take a while: cancel works here too
        auto kind = detect(p);
        if (!kind) {
            if (paths.size() == 1)
                return kind.error();
            report.warnings << kind.error().toString();
            continue;
        }
        sources.push_back({p, kind.value()});
        progress.bytesTotal += totalBytes(p, kind.value());
    }
    if (m_cancel && m_cancel->load()) {
        report.cancelled = true;
        return report;
    }
    if (sources.isEmpty())
        return Error{QCoreApplication::translate("LocalMail", "Nothing to import: none of the paths holds mail"), paths.join(QStringLiteral(", "))};

    auto accountId = m_store.ensureLocalAccount(account, QFileInfo(sources.first().path).absoluteFilePath());
    if (!accountId)
        return accountId.error();
    report.accountId = accountId.value();
    auto known = m_store.localKeys(report.accountId);
    if (!known)
        return known.error();
    // Sender evidence is judged against the account's own receiving server, once it is known.
    senders::EvidenceContext evidenceContext;
    if (auto ids = store::SenderReader(m_store.db()).trustedAuthservIds(); ids)
        evidenceContext.authservId = ids->value(report.accountId);

    QHash<QString, qint64> folderIds;
    std::optional<store::Transaction> tx;
    std::optional<store::Store::Inserter> inserter;
    int inBatch = 0;
    std::optional<Error> failure;

    QElapsedTimer sinceCommit;
    sinceCommit.start();
    auto commit = [&]() -> bool {
        if (tx) {
            inserter.reset();
            if (Status st = tx->commit(); !st) {
                failure = st.error();
                return false;
            }
            tx.reset();
        }
        inBatch = 0;
        sinceCommit.restart();
        return true;
    };

    QElapsedTimer sinceProgress;
    sinceProgress.start();
    auto sink = [&](RawMessage &&raw) -> bool {
        ++report.seen;
        progress.seen = report.seen;
        progress.bytesDone += raw.length.value_or(raw.bytes.size());
        if (m_progress && sinceProgress.elapsed() >= m_progressInterval) {
            progress.added = report.added;
            progress.currentPath = raw.sourcePath;
            m_progress(progress);
            sinceProgress.restart();
        }
        const QString key = localKey(raw.bytes);
        if (known->contains(key)) {
            ++report.duplicates;
            return !(m_cancel && m_cancel->load());
        }
        if (!tx) {
            tx.emplace(m_store.db());
            if (!tx->begun()) {
                failure = tx->begun().error();
                return false;
            }
            auto ins = m_store.inserter();
            if (!ins) {
                failure = ins.error();
                return false;
            }
            inserter.emplace(std::move(ins.value()));
        }
        auto folder = folderIds.find(raw.folder);
        if (folder == folderIds.end()) {
            auto id = m_store.ensureFolder(report.accountId, raw.folder);
            if (!id) {
                failure = id.error();
                return false;
            }
            folder = folderIds.insert(raw.folder, id.value());
        }
        // One parse per message: the whole message when it is to be classified (the sender
        // evidence reads it too), else the headers.
        std::optional<mime::ParsedMessage> parsed;
        if (m_classifier)
            parsed = mime::parseMessage(raw.bytes);
        store::NewMessage m =
            toNewMessage(raw, parsed ? mime::headersOf(*parsed) : mime::parseHeaders(raw.bytes), now);
        if (parsed)
            senders::attachEvidence(m, *parsed, evidenceContext);
        else
            senders::attachHeaderEvidence(m, raw.bytes, evidenceContext);
        m.localKey = key;
        m.accountId = report.accountId;
        if (parsed) {
            const classify::Verdict v = m_classifier->classify(classify::buildInput(*parsed));
            m.verdict = int(v.kind);
            m.score = v.score;
            m.reasons = v.reasonsJson();
        }
        m.folderId = folder.value();
        auto inserted = inserter->insert(m);
        if (!inserted) {
            failure = inserted.error();
            return false;
        }
        known->insert(key);
        if (inserted.value())
            ++report.added;
        else
            ++report.duplicates;
        // Commit every m_batch messages, or every half second, whichever comes first: readers
        // (the message list) see new mail arrive steadily.
        if ((++inBatch >= m_batch || sinceCommit.elapsed() >= 500) && !commit())
            return false;
        return !(m_cancel && m_cancel->load());
    };

    for (const Source &s : sources) {
        if (Status st = read(s.path, s.kind, defaultFolderName(s.path, s.kind), sink,
                             &report.warnings);
            !st) {
            report.warnings << st.error().toString();
        }
        if (failure || (m_cancel && m_cancel->load()))
            break;
    }
    if (failure)
        return *failure; // the open batch rolls back; earlier batches stay
    if (!commit())
        return *failure;
    report.cancelled = m_cancel && m_cancel->load();
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (m_progress) {
        progress.added = report.added;
        progress.bytesDone = progress.bytesTotal;
        m_progress(progress);
    }
    qCDebug(lcLocal) << "import" << account << ": seen" << report.seen << "added" << report.added << "duplicates"
                    << report.duplicates << "in" << report.seconds << "s";
    return report;
}

} // namespace mailtide::localmail
