#include "senders/Rescan.h"

#include "localmail/MailSource.h"
#include "mime/ParsedMessage.h"
#include "senders/Evidence.h"
#include "store/SenderReader.h"

namespace mailtide::senders {

Result<RescanReport> rescanEvidence(store::Database &db, qint64 accountId, bool all, const std::atomic_bool *cancel,
                                    const std::function<void(qint64)> &progress)
{
    RescanReport report;
    store::SenderReader reader(db);
    auto trusted = reader.trustedAuthservIds();
    if (!trusted)
        return trusted.error();
    qint64 after = 0;
    for (;;) {
        // With `all`, rows already done still match: walk by id instead of by "no evidence yet".
        auto batch = reader.rescanTargets(accountId, all, 500, after);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        store::Transaction tx(db);
        if (!tx.begun())
            return tx.begun().error();
        for (const store::RescanTarget &t : batch.value()) {
            if (cancel && cancel->load()) {
                report.cancelled = true;
                break;
            }
            after = t.messageId;
            auto bytes = localmail::readMessageBytes(t.sourcePath, t.offset, t.length);
            EvidenceContext ctx;
            ctx.authservId = trusted->value(t.accountId);
            if (!bytes) {
                ++report.unreadable; // tried again by the next re-scan
                continue;
            }
            const store::EvidenceRow row = toRow(extractEvidence(mime::parseMessage(bytes.value()), ctx));
            if (Status s = reader.replaceEvidence(t.messageId, row); !s)
                return s.error();
            ++report.scanned;
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        if (progress)
            progress(report.scanned + report.unreadable);
        if (report.cancelled)
            break;
    }
    return report;
}

} // namespace mailtide::senders
