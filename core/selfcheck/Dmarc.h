#pragma once
/** @short DMARC records (RFC 7489 6.3): a pure parser of the TXT string at _dmarc.<domain>.
 *
 * Tags are "name=value" separated by ";"; v=DMARC1 must come first and p= second (6.3 says p
 * "MUST" follow v; receivers accept it later, so out of place is a note, not an error). A record
 * with an invalid p= is ignored by receivers (6.6.3): an error. Unknown tags are ignored (a
 * note). Bounded: at most 4 kB and 50 tags. */
#include <QString>
#include <QStringList>

namespace mailtide::selfcheck {

struct DmarcRecord
{
    QString policy;          ///< p: none | quarantine | reject (empty when missing or invalid)
    QString subdomainPolicy; ///< sp: as p; empty when absent (then p applies)
    int pct = 100;           ///< pct: 0..100
    QStringList rua;         ///< aggregate report addresses (URIs as written)
    QStringList ruf;         ///< failure report addresses
    QChar adkim = QLatin1Char('r'); ///< r (relaxed) | s (strict)
    QChar aspf = QLatin1Char('r');
    QString fo;              ///< failure reporting options, as written
    QStringList errors;      ///< what makes receivers ignore the record
    QStringList notes;       ///< what they tolerate (unknown tags, odd order)

    bool valid() const { return errors.isEmpty(); }
};

/** Whether a TXT string is a DMARC record: it starts with "v=DMARC1" (spaces allowed around '=')
 *  followed by the end or ";". */
bool isDmarcRecord(const QString &txt);
DmarcRecord parseDmarc(const QString &txt);

} // namespace mailtide::selfcheck
