// libFuzzer target: the self-check's mailbox parsers on arbitrary bytes: bounces and complaints
// (parseMailReport), DMARC reports in a message (dmarcReportsIn: MIME, zip, gzip, XML), the XML
// alone, and the archive readers with a small output limit (so that a bomb is found quickly).
// Build and run: see README.md beside this file.
#include "selfcheck/Archive.h"
#include "selfcheck/DmarcAggregate.h"
#include "selfcheck/MailReports.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailtide::selfcheck;
    const QByteArrayView raw(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto r = parseMailReport(raw)) {
        if (r->recipients.size() > 1000 || r->diagnostic.size() > 300) __builtin_trap();
    }
    const DmarcInMessage m = dmarcReportsIn(raw);
    for (const DmarcAggregateReport &rep : m.reports) {
        if (rep.rows.size() > kMaxDmarcRows) __builtin_trap();
    }
    (void)parseDmarcAggregateXml(raw);
    constexpr qsizetype kLimit = 1024 * 1024;
    if (const auto g = gunzip(raw, kLimit); g.ok() && g.value().size() > kLimit) __builtin_trap();
    if (const auto z = unzip(raw, kLimit, 10); z.ok()) {
        qsizetype total = 0;
        for (const ArchiveEntry &e : z.value())
            total += e.data.size();
        if (total > kLimit || z.value().size() > 10) __builtin_trap();
    }
    return 0;
}
