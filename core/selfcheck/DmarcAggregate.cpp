#include "selfcheck/DmarcAggregate.h"

#include "mime/ParsedMessage.h"
#include "mime/Received.h"
#include "selfcheck/Archive.h"
#include "util/Ascii.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

namespace mailtide::selfcheck {

namespace {

constexpr int kMaxDepth = 32;           ///< elements nested deeper are skipped
constexpr qsizetype kMaxText = 1024;    ///< characters kept of an element's text
constexpr int kMaxReportsPerMessage = 20;
constexpr qsizetype kMaxLeafBytes = 16 * 1024 * 1024; ///< a report part, encoded or compressed

qint64 toSeconds(const QString &s, bool *ok)
{
    bool good = false;
    qint64 v = s.toLongLong(&good);
    if (!good) {
        const double d = s.toDouble(&good); // "1795564800.0" from a few reporters
        v = good && d > -1e15 && d < 1e15 ? qint64(d) : 0;
        good = good && d > -1e15 && d < 1e15;
    }
    *ok = good;
    return v;
}

/** The path of local names below <feedback>, joined by '/': "record/row/source_ip". Kept as one
 *  string, extended and cut back, so that an element costs no list join. */
class Path
{
public:
    void push(QStringView name)
    {
        m_ends.append(m_joined.size());
        if (m_ends.size() == 1) return; // <feedback> itself is not written
        if (m_ends.size() > 2) m_joined += QLatin1Char('/');
        m_joined += name;
    }
    void pop()
    {
        if (m_ends.isEmpty()) return;
        m_joined.truncate(m_ends.last());
        m_ends.removeLast();
    }
    int depth() const { return int(m_ends.size()); }
    const QString &joined() const { return m_joined; }

private:
    QString m_joined;
    QList<qsizetype> m_ends;
};

} // namespace

qint64 DmarcAggregateReport::messages() const
{
    qint64 n = 0;
    for (const DmarcRow &r : rows)
        n += r.count;
    return n;
}

qint64 DmarcAggregateReport::failingMessages() const
{
    qint64 n = 0;
    for (const DmarcRow &r : rows) {
        if (!r.passes()) n += r.count;
    }
    return n;
}

Result<DmarcAggregateReport> parseDmarcAggregateXml(QByteArrayView xmlBytes)
{
    // Leading white space before the XML declaration (seen from a few reporters) is not
    // well-formed; it is dropped.
    qsizetype start = 0;
    while (start < xmlBytes.size() && (xmlBytes[start] == ' ' || xmlBytes[start] == '\t' || xmlBytes[start] == '\r' ||
                                       xmlBytes[start] == '\n'))
        ++start;
    QByteArray bytes = QByteArray::fromRawData(xmlBytes.data() + start, xmlBytes.size() - start);
    // A report that says (or implies) UTF-8 but holds a stray windows-1252 byte (a curly quote in a
    // name, seen from small reporters) is read with U+FFFD there instead of failing at that byte.
    const QByteArrayView declaration = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 200));
    const qsizetype declEnd = declaration.indexOf("?>");
    const QByteArrayView decl = declaration.startsWith("<?xml") && declEnd > 0 ? declaration.first(declEnd) : QByteArrayView();
    const bool saysUtf8 = !decl.contains("encoding") || mailtide::util::indexOfCaseless(decl, "utf-8") >= 0;
    if (saysUtf8) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder(bytes);
        if (decoder.hasError()) bytes = text.toUtf8();
    }
    QXmlStreamReader xml(bytes);
    // Entities are never expanded: a DTD is refused below, before its entities could be used, and
    // this caps what one reference may expand to should a reader version differ.
    xml.setEntityExpansionLimit(1024);

    DmarcAggregateReport rep;
    Path path;
    bool root = false;
    int records = 0;
    bool capped = false;
    int rowsWithoutIp = 0;
    int skippedDeep = 0;
    QString chars;

    std::optional<DmarcRow> row;
    std::optional<DmarcAuthResult> auth;
    QString authKind; // "dkim" / "spf"

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return Error{QCoreApplication::translate("DmarcAggregate", "the report's XML declares a DTD: refused"), {}};
        if (token == QXmlStreamReader::EntityReference)
            return Error{QCoreApplication::translate("DmarcAggregate", "the report's XML uses an entity: refused"), xml.name().toString().left(60)};
        if (token == QXmlStreamReader::StartElement) {
            if (!root) {
                if (xml.name() != QLatin1String("feedback"))
                    return Error{QCoreApplication::translate("DmarcAggregate", "not a DMARC aggregate report (the XML is no <feedback>)"),
                                 QLatin1Char('<') + xml.name().toString().left(60) + QLatin1Char('>')};
                root = true;
                path.push(xml.name());
                continue;
            }
            if (path.depth() >= kMaxDepth) {
                ++skippedDeep;
                xml.skipCurrentElement();
                continue;
            }
            path.push(xml.name());
            chars.clear();
            const QString &p = path.joined();
            if (p == QLatin1String("record")) {
                if (rep.rows.size() >= kMaxDmarcRows) {
                    capped = true;
                    break;
                }
                ++records;
                row.emplace();
            } else if (row && (p == QLatin1String("record/auth_results/dkim") || p == QLatin1String("record/auth_results/spf"))) {
                auth.emplace();
                authKind = xml.name().toString();
            }
            continue;
        }
        if (token == QXmlStreamReader::Characters) {
            if (chars.size() < kMaxText) chars += xml.text().left(kMaxText - chars.size());
            continue;
        }
        if (token != QXmlStreamReader::EndElement) continue;

        const QString &p = path.joined();
        const QString v = chars.trimmed();
        chars.clear();
        const QString lower = v.toLower();
        bool ok = false;
        if (p == QLatin1String("report_metadata/org_name")) rep.orgName = v;
        else if (p == QLatin1String("report_metadata/email")) rep.email = v;
        else if (p == QLatin1String("report_metadata/report_id")) rep.reportId = v;
        else if (p == QLatin1String("report_metadata/date_range/begin")) {
            rep.beginUtc = toSeconds(v, &ok);
            if (!ok) rep.problems << QCoreApplication::translate("DmarcAggregate", "the report's begin date is not a number: %1").arg(v.left(40));
        } else if (p == QLatin1String("report_metadata/date_range/end")) {
            rep.endUtc = toSeconds(v, &ok);
            if (!ok) rep.problems << QCoreApplication::translate("DmarcAggregate", "the report's end date is not a number: %1").arg(v.left(40));
        } else if (p == QLatin1String("policy_published/domain")) rep.domain = lower;
        else if (p == QLatin1String("policy_published/p")) rep.p = lower;
        else if (p == QLatin1String("policy_published/sp")) rep.sp = lower;
        else if (p == QLatin1String("policy_published/adkim")) rep.adkim = lower;
        else if (p == QLatin1String("policy_published/aspf")) rep.aspf = lower;
        else if (p == QLatin1String("policy_published/pct")) {
            const int pct = v.toInt(&ok);
            if (ok && pct >= 0 && pct <= 100) rep.pct = pct;
        } else if (row) {
            if (p == QLatin1String("record/row/source_ip")) row->sourceIp = mime::canonicalIp(v);
            else if (p == QLatin1String("record/row/count")) {
                row->count = v.toLongLong(&ok);
                if (!ok || row->count < 0) row->count = 0;
            } else if (p == QLatin1String("record/row/policy_evaluated/disposition")) row->disposition = lower;
            else if (p == QLatin1String("record/row/policy_evaluated/dkim")) row->dkim = lower;
            else if (p == QLatin1String("record/row/policy_evaluated/spf")) row->spf = lower;
            else if (p == QLatin1String("record/row/policy_evaluated/reason/type")) {
                if (!v.isEmpty() && row->reasons.size() < 20) row->reasons << lower;
            } else if (p == QLatin1String("record/identifiers/header_from")) row->headerFrom = lower;
            else if (p == QLatin1String("record/identifiers/envelope_from")) row->envelopeFrom = lower;
            else if (auth && p.startsWith(QLatin1String("record/auth_results/"))) {
                const QStringView leafName = QStringView(p).sliced(p.lastIndexOf(QLatin1Char('/')) + 1);
                if (path.depth() == 5) { // feedback/record/auth_results/<kind>/<field>
                    if (leafName == QLatin1String("domain")) auth->domain = lower;
                    else if (leafName == QLatin1String("result")) auth->result = lower;
                    else if (leafName == QLatin1String("selector")) auth->selector = v;
                } else if (path.depth() == 4) { // the </dkim> or </spf> itself
                    QList<DmarcAuthResult> &list = authKind == QLatin1String("dkim") ? row->dkimResults : row->spfResults;
                    if (list.size() < 50) list.append(*auth);
                    auth.reset();
                }
            } else if (p == QLatin1String("record")) {
                if (row->sourceIp.isEmpty())
                    ++rowsWithoutIp;
                else
                    rep.rows.append(std::move(*row));
                row.reset();
            }
        }
        path.pop();
    }

    if (!root && start >= xmlBytes.size())
        return Error{QCoreApplication::translate("DmarcAggregate", "not a DMARC aggregate report (no XML element)"), {}};
    if (!root) {
        return Error{xml.hasError() ? QCoreApplication::translate("DmarcAggregate", "the report is not well-formed XML") : QCoreApplication::translate("DmarcAggregate", "not a DMARC aggregate report (no XML element)"),
                     xml.hasError() ? xml.errorString() : QString()};
    }
    if (xml.hasError() && !capped) {
        if (records == 0)
            return Error{QCoreApplication::translate("DmarcAggregate", "the report is not well-formed XML"),
                         QStringLiteral("%1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber())};
        rep.problems << QCoreApplication::translate("DmarcAggregate", "the report's XML breaks off after %1 records: %2").arg(records).arg(xml.errorString());
    }
    if (rep.domain.isEmpty()) return Error{QCoreApplication::translate("DmarcAggregate", "not a DMARC aggregate report (no <policy_published><domain>)"), {}};
    if (capped)
        rep.problems << QCoreApplication::translate("DmarcAggregate", "only the first %1 rows were read").arg(kMaxDmarcRows);
    if (rowsWithoutIp > 0) rep.problems << QCoreApplication::translate("DmarcAggregate", "%n row(s) without a valid source IP were skipped", nullptr, rowsWithoutIp);
    if (skippedDeep > 0) rep.problems << QCoreApplication::translate("DmarcAggregate", "elements nested too deep were skipped");
    return rep;
}

namespace {

enum class Packing { None, Xml, Gzip, Zip };

Packing packingOf(const mime::MimeLeaf &leaf)
{
    const QString type = leaf.contentType;
    const QString name = leaf.filename.toLower();
    // The bytes first: reporters label zips application/octet-stream, gzip as application/zip...
    if (leaf.data.startsWith("PK\x03\x04")) return Packing::Zip;
    if (leaf.data.startsWith("\x1f\x8b")) return Packing::Gzip;
    if (type == QLatin1String("application/zip") || type == QLatin1String("application/x-zip-compressed") ||
        type == QLatin1String("application/x-zip") || name.endsWith(QLatin1String(".zip")))
        return Packing::Zip;
    if (type == QLatin1String("application/gzip") || type == QLatin1String("application/x-gzip") ||
        name.endsWith(QLatin1String(".gz")))
        return Packing::Gzip;
    if (type == QLatin1String("text/xml") || type == QLatin1String("application/xml") || name.endsWith(QLatin1String(".xml")))
        return Packing::Xml;
    return Packing::None;
}

QString describe(const mime::MimeLeaf &leaf)
{
    return leaf.filename.isEmpty() ? leaf.contentType : leaf.filename.left(120);
}

} // namespace

DmarcInMessage dmarcReportsIn(QByteArrayView raw)
{
    DmarcInMessage out;
    const mime::MessageHeaders h = mime::parseHeaders(raw);
    if (h.subject.contains(QLatin1String("Report Domain:"), Qt::CaseInsensitive)) out.looksLikeReport = true;

    const mime::MimeLeaves leaves = mime::mimeLeaves(raw, kMaxLeafBytes);
    for (const mime::MimeLeaf &leaf : leaves.leaves) {
        const Packing packing = packingOf(leaf);
        if (packing == Packing::None) continue;
        out.looksLikeReport = true;
        if (out.reports.size() >= kMaxReportsPerMessage) {
            out.problems << QCoreApplication::translate("DmarcAggregate", "more than %1 reports in one message: the rest were not read").arg(kMaxReportsPerMessage);
            break;
        }
        if (leaf.cut) {
            out.problems << QCoreApplication::translate("DmarcAggregate", "%1: too large to read").arg(describe(leaf));
            continue;
        }
        QList<QPair<QString, QByteArray>> xmls; // name, XML
        if (packing == Packing::Zip) {
            auto files = unzip(leaf.data);
            if (!files.ok()) {
                out.problems << describe(leaf) + QStringLiteral(": ") + files.error().toString();
                continue;
            }
            for (ArchiveEntry &e : files.value())
                xmls.append({e.name, std::move(e.data)});
        } else if (packing == Packing::Gzip) {
            auto xml = gunzip(leaf.data);
            if (!xml.ok()) {
                out.problems << describe(leaf) + QStringLiteral(": ") + xml.error().toString();
                continue;
            }
            xmls.append({describe(leaf), std::move(xml.value())});
        } else {
            xmls.append({describe(leaf), leaf.data});
        }
        for (const auto &[name, xml] : xmls) {
            if (out.reports.size() >= kMaxReportsPerMessage) break;
            auto report = parseDmarcAggregateXml(xml);
            if (!report.ok()) {
                out.problems << name.left(120) + QStringLiteral(": ") + report.error().toString();
                continue;
            }
            out.reports.append(std::move(report.value()));
        }
    }
    return out;
}

} // namespace mailtide::selfcheck
