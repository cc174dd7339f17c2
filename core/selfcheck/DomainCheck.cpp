#include "selfcheck/DomainCheck.h"

#include "selfcheck/DkimKey.h"
#include "selfcheck/Dmarc.h"
#include "selfcheck/Spf.h"
#include "senders/Dnsbl.h"
#include "util/Domains.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

namespace mailtide::selfcheck {

namespace {

constexpr int kMaxMxHosts = 10;
constexpr int kMaxAddressesPerHost = 8;
constexpr int kMaxPtrNames = 4;

/** An address the check looked at, and why. */
struct Address
{
    QHostAddress ip;
    QString host;          ///< the MX host it belongs to (empty for an outbound address)
    bool outbound = false; ///< given by the user as an address their mail leaves from
};

class Run
{
public:
    Run(const DomainCheckOptions &o, senders::DnsblChecker *dnsbl, QList<senders::DnsblResult> &dnsblResults)
        : m_o(o), m_dnsbl(dnsbl), m_dnsblResults(dnsblResults), m_resolver(o.server, o.timeoutMs, o.attempts)
    {
    }

    Result<Report> run()
    {
        m_r.domain = normalizeDomain(m_o.domain);
        if (m_r.domain.isEmpty())
            return Error{QCoreApplication::translate("DomainCheck", "Not a domain name"), m_o.domain.left(200)};
        m_r.checkedUtc = m_o.clock ? m_o.clock() : QDateTime::currentSecsSinceEpoch();
        m_r.dnsServer = m_resolver.serverName();
        if (Status s = checkMx(); !s)
            return s.error();
        for (const QHostAddress &ip : m_o.outboundIps)
            addAddress({ip, QString(), true});
        for (const Address &a : m_addresses)
            checkReverse(a);
        checkSpf();
        checkDmarc();
        checkDkim();
        checkMtaSts();
        checkTlsRpt();
        checkDnsbl();
        return m_r;
    }

private:
    const DomainCheckOptions &m_o;
    senders::DnsblChecker *m_dnsbl;
    QList<senders::DnsblResult> &m_dnsblResults;
    net::Resolver m_resolver;
    Report m_r;
    QList<Address> m_addresses;

    void add(const char *id, Severity s, const QString &subject, const QString &title, const QString &fix = {},
             const QString &detail = {})
    {
        m_r.add({QString::fromLatin1(id), s, subject, title, fix, detail});
    }
    void dnsError(const QString &what, const Error &e)
    {
        add("dns.error", Severity::Warning, what,
            QCoreApplication::translate("DomainCheck", "Could not look up %1, so it was not checked.").arg(what),
            QCoreApplication::translate("DomainCheck", "Run the check again; if it keeps failing, the domain's name servers may be unreachable or "
               "broken, which also makes other servers fail to deliver or verify your mail."),
            e.toString());
    }

    void addAddress(const Address &a)
    {
        for (Address &known : m_addresses)
            if (known.ip == a.ip) {
                known.outbound = known.outbound || a.outbound;
                return;
            }
        m_addresses << a;
    }

    // --- MX and addresses ------------------------------------------------------------------

    Status checkMx()
    {
        const QString &d = m_r.domain;
        auto mx = m_resolver.mx(d);
        if (!mx) // the first query: when it fails there is no point going on
            return Error{QCoreApplication::translate("DomainCheck", "Cannot ask DNS about %1").arg(d), mx.error().toString()};
        if (mx->status == net::DnsStatus::NoSuchName)
            return Error{QCoreApplication::translate("DomainCheck", "%1 does not exist in DNS (NXDOMAIN)").arg(d), m_resolver.serverName()};
        QList<net::MxRecord> records = mx->records;
        std::sort(records.begin(), records.end(),
                  [](const net::MxRecord &a, const net::MxRecord &b) { return a.preference < b.preference; });
        if (records.size() == 1 && (records.first().exchange.isEmpty() || records.first().exchange == QLatin1String("."))) {
            add("mx.null", Severity::Info, d,
                QCoreApplication::translate("DomainCheck", "%1 publishes a \"null MX\" (RFC 7505): it says it receives no mail.").arg(d),
                QCoreApplication::translate("DomainCheck", "Fine for a domain that only sends. If people should be able to write to it, publish MX "
                   "records naming your mail servers instead."));
            return {};
        }
        if (records.isEmpty()) {
            auto a = m_resolver.a(d);
            if (a && !a->records.isEmpty()) {
                add("mx.none", Severity::Warning, d,
                    QCoreApplication::translate("DomainCheck", "%1 has no MX record: other servers deliver its mail to the address of %1 itself "
                       "(RFC 5321 5.1), which is rarely a mail server.").arg(d),
                    QCoreApplication::translate("DomainCheck", "Publish an MX record naming the server that receives your mail (your provider tells "
                       "you which)."));
                for (const QHostAddress &ip : a->records.mid(0, kMaxAddressesPerHost))
                    addAddress({ip, d, false});
            } else {
                add("mx.none", Severity::Severe, d,
                    QCoreApplication::translate("DomainCheck", "%1 has no MX record and no address: nobody can send mail to it, bounces and replies "
                       "are lost, and many servers refuse mail from a domain that cannot receive any.").arg(d),
                    QCoreApplication::translate("DomainCheck", "Publish an MX record naming the server that receives your mail (your provider tells "
                       "you which)."));
            }
            return {};
        }
        for (const net::MxRecord &m : records.mid(0, kMaxMxHosts)) {
            QList<QHostAddress> ips;
            bool failed = false;
            for (auto lookup : {&net::Resolver::a, &net::Resolver::aaaa}) {
                auto got = (m_resolver.*lookup)(m.exchange);
                if (!got) {
                    dnsError(m.exchange, got.error());
                    failed = true;
                } else {
                    ips += got->records;
                }
            }
            if (ips.isEmpty()) {
                if (!failed)
                    add("mx.no-address", Severity::Severe, m.exchange,
                        QCoreApplication::translate("DomainCheck", "The MX host %1 (preference %2) has no address: mail for %3 cannot be delivered "
                           "there.").arg(m.exchange).arg(m.preference).arg(d),
                        QCoreApplication::translate("DomainCheck", "Give %1 an A (and AAAA) record, or remove that MX record.").arg(m.exchange));
                continue;
            }
            QStringList shown;
            for (const QHostAddress &ip : ips.mid(0, kMaxAddressesPerHost)) {
                shown << ip.toString();
                addAddress({ip, m.exchange, false});
            }
            add("mx.ok", Severity::Ok, m.exchange,
                QCoreApplication::translate("DomainCheck", "Mail for %1 goes to %2 (preference %3) at %4.")
                    .arg(d, m.exchange)
                    .arg(m.preference)
                    .arg(shown.join(QStringLiteral(", "))));
        }
        if (records.size() > kMaxMxHosts)
            add("mx.many", Severity::Info, d,
                QCoreApplication::translate("DomainCheck", "%1 has %2 MX records; the first %3 were checked.").arg(d).arg(records.size()).arg(kMaxMxHosts));
        return {};
    }

    // --- reverse DNS -----------------------------------------------------------------------

    void checkReverse(const Address &a)
    {
        const QString ip = a.ip.toString();
        const QString subject = a.host.isEmpty() ? ip : QStringLiteral("%1 (%2)").arg(ip, a.host);
        // Receivers check the reverse DNS of the servers that *send* to them: for an outbound
        // address a missing or unconfirmed name gets mail refused; for a receive-only MX it is a
        // weaker sign (but MX hosts often send too).
        const Severity bad = a.outbound ? Severity::Severe : Severity::Warning;
        auto ptr = m_resolver.ptr(a.ip);
        if (!ptr) {
            dnsError(QCoreApplication::translate("DomainCheck", "the reverse DNS of %1").arg(ip), ptr.error());
            return;
        }
        if (ptr->records.isEmpty()) {
            add("rdns.missing", bad, subject,
                QCoreApplication::translate("DomainCheck", "%1 has no reverse DNS (no PTR record): many receivers (Gmail, Outlook, most spam filters) "
                   "refuse or junk mail from an address without one.").arg(ip),
                QCoreApplication::translate("DomainCheck", "Ask whoever gives you the address (your provider or host) to set its PTR record to the "
                   "server's name, and give that name an A record pointing back to %1.").arg(ip));
            return;
        }
        QStringList names = ptr->records.mid(0, kMaxPtrNames);
        for (const QString &name : names) {
            auto forward = a.ip.protocol() == QAbstractSocket::IPv6Protocol ? m_resolver.aaaa(name) : m_resolver.a(name);
            if (!forward) {
                dnsError(name, forward.error());
                return;
            }
            if (forward->records.contains(a.ip)) {
                add("rdns.ok", Severity::Ok, subject,
                    QCoreApplication::translate("DomainCheck", "%1 has reverse DNS %2, which points back to it (forward-confirmed).").arg(ip, name));
                return;
            }
        }
        add("rdns.mismatch", bad, subject,
            QCoreApplication::translate("DomainCheck", "%1 has reverse DNS %2, but that name does not point back to %1: the reverse DNS is not "
               "forward-confirmed, and receivers treat it like none.").arg(ip, names.join(QStringLiteral(", "))),
            QCoreApplication::translate("DomainCheck", "Give %1 an A (or AAAA) record for %2, or have the PTR record changed to a name that "
               "has one.").arg(names.first(), ip));
    }

    // --- SPF -------------------------------------------------------------------------------

    void checkSpf()
    {
        const QString &d = m_r.domain;
        const SpfAnalysis spf = analyzeSpf(d, [this](const QString &name) { return m_resolver.txt(name); });
        const QString record = spf.records.value(0);
        const QString suggestion = QCoreApplication::translate("DomainCheck", "for example \"v=spf1 mx -all\" when your MX hosts send your mail, or the "
                                      "include: your mail provider documents, ending in -all");
        if (spf.records.isEmpty()) {
            if (!spf.dnsErrors.isEmpty()) {
                dnsError(QCoreApplication::translate("DomainCheck", "the SPF record of %1").arg(d), Error{spf.dnsErrors.first(), {}});
                return;
            }
            add("spf.missing", Severity::Severe, d,
                QCoreApplication::translate("DomainCheck", "%1 has no SPF record: any server in the world can send mail as %1 without failing a "
                   "check, and Gmail, Yahoo and others junk or refuse mail from domains without SPF.").arg(d),
                QCoreApplication::translate("DomainCheck", "Publish one TXT record at %1 listing the servers that send your mail: %2.").arg(d, suggestion));
            return;
        }
        bool broken = false;
        if (spf.records.size() > 1) {
            broken = true;
            add("spf.multiple", Severity::Severe, d,
                QCoreApplication::translate("DomainCheck", "%1 has %2 SPF records; receivers treat that as an error (RFC 7208 4.5) and ignore them "
                   "all, as if there were none.").arg(d).arg(spf.records.size()),
                QCoreApplication::translate("DomainCheck", "Merge them into one TXT record starting with v=spf1."), spf.records.join(QStringLiteral(" | ")));
        }
        if (!spf.errors.isEmpty()) {
            broken = true;
            add("spf.syntax", Severity::Severe, d,
                QCoreApplication::translate("DomainCheck", "The SPF record has errors, so receivers ignore it (permerror): %1.")
                    .arg(spf.errors.mid(0, 5).join(QStringLiteral("; "))),
                QCoreApplication::translate("DomainCheck", "Correct the record; each term is separated by one space, e.g. ip4:192.0.2.1, "
                   "include:_spf.example.com, -all."),
                record);
        }
        if (!spf.loops.isEmpty()) {
            broken = true;
            add("spf.include-loop", Severity::Severe, d,
                QCoreApplication::translate("DomainCheck", "The SPF includes go round in a loop (%1): receivers give up with an error, as if %2 had "
                   "no SPF.").arg(spf.loops.mid(0, 3).join(QStringLiteral("; ")), d),
                QCoreApplication::translate("DomainCheck", "Remove the include: that leads back to a record already on the way."), record);
        }
        if (spf.lookups > kSpfLookupLimit) {
            broken = true;
            add("spf.too-many-lookups", Severity::Severe, d,
                QCoreApplication::translate("DomainCheck", "The SPF record needs %1 DNS look-ups (its include, a, mx, ptr, exists and redirect terms, "
                   "counting those inside the includes); receivers stop at %2 (RFC 7208 4.6.4) and treat the "
                   "record as an error.").arg(spf.lookups).arg(kSpfLookupLimit),
                QCoreApplication::translate("DomainCheck", "Drop includes of services you no longer use, replace a and mx terms with ip4:/ip6: "
                   "addresses, or use a provider's single combined include."),
                record);
        }
        if (!spf.missing.isEmpty()) {
            broken = true;
            add("spf.include-missing", Severity::Severe, d,
                QCoreApplication::translate("DomainCheck", "The SPF record includes %1, which has no SPF record: receivers treat that as an error "
                   "(RFC 7208 5.2).").arg(spf.missing.mid(0, 5).join(QStringLiteral(", "))),
                QCoreApplication::translate("DomainCheck", "Fix the include's spelling, or remove it if you no longer use that service."), record);
        }
        if (!spf.multiple.isEmpty()) {
            broken = true;
            add("spf.include-multiple", Severity::Severe, d,
                QCoreApplication::translate("DomainCheck", "An included domain (%1) has more than one SPF record: an error for receivers.")
                    .arg(spf.multiple.mid(0, 5).join(QStringLiteral(", "))),
                QCoreApplication::translate("DomainCheck", "Tell the owner of that domain, or stop including it."), record);
        }
        if (spf.voidLookups > kSpfVoidLimit)
            add("spf.void-lookups", Severity::Warning, d,
                QCoreApplication::translate("DomainCheck", "%1 of the SPF look-ups find nothing; receivers may stop after %2 (RFC 7208 4.6.4).")
                    .arg(spf.voidLookups)
                    .arg(kSpfVoidLimit),
                QCoreApplication::translate("DomainCheck", "Remove terms naming domains that do not exist."), record);
        if (spf.truncated)
            add("spf.too-deep", Severity::Warning, d,
                QCoreApplication::translate("DomainCheck", "The SPF includes go on past %1 records; the rest was not followed.").arg(kMaxRecordsFetched),
                QCoreApplication::translate("DomainCheck", "Simplify the record."), record);
        for (const QString &e : spf.dnsErrors)
            dnsError(QCoreApplication::translate("DomainCheck", "an SPF include of %1").arg(d), Error{e, {}});
        if (!spf.ptrUsers.isEmpty())
            add("spf.ptr", Severity::Warning, d,
                QCoreApplication::translate("DomainCheck", "The SPF record (or an include, %1) uses \"ptr\", which RFC 7208 5.5 says not to use: it is "
                   "slow, and some receivers skip it, failing your mail.").arg(spf.ptrUsers.join(QStringLiteral(", "))),
                QCoreApplication::translate("DomainCheck", "Replace ptr with ip4:/ip6: or a terms for your servers."), record);

        const std::optional<QChar> all = spf.allQualifier;
        if (all && *all == QLatin1Char('+')) {
            broken = true;
            add("spf.pass-all", Severity::Severe, d,
                QCoreApplication::translate("DomainCheck", "The SPF record ends in \"+all\" (or a bare \"all\"): it says every server in the world may "
                   "send mail as %1. Spammers can forge it and it will pass.").arg(d),
                QCoreApplication::translate("DomainCheck", "End the record with \"-all\" (or \"~all\" while you check that all your servers are listed)."),
                record);
        } else if (all && *all == QLatin1Char('?')) {
            add("spf.neutral-all", Severity::Warning, d,
                QCoreApplication::translate("DomainCheck", "The SPF record ends in \"?all\" (neutral): it says nothing about other servers, so forged mail "
                   "as %1 is not caught by SPF.").arg(d),
                QCoreApplication::translate("DomainCheck", "End the record with \"-all\", or \"~all\" at first."), record);
        } else if (!all) {
            add("spf.no-all", Severity::Warning, d,
                QCoreApplication::translate("DomainCheck", "The SPF record has no \"all\" at the end: servers it does not list get \"neutral\", and "
                   "forged mail is not caught by SPF."),
                QCoreApplication::translate("DomainCheck", "End the record with \"-all\", or \"~all\" at first."), record);
        } else if (*all == QLatin1Char('~') && !broken) {
            add("spf.softfail-all", Severity::Info, d,
                QCoreApplication::translate("DomainCheck", "The SPF record ends in \"~all\": mail from other servers is marked suspicious rather than "
                   "refused. Fine while you verify; DMARC decides what happens to it."),
                QCoreApplication::translate("DomainCheck", "Once DMARC reports show all your mail passing, you may end it with \"-all\"."), record);
        }
        checkOutboundSpf(spf);
        if (!broken)
            add("spf.ok", Severity::Ok, d,
                QCoreApplication::translate("DomainCheck", "SPF is published and valid: %1 DNS look-ups of the %2 allowed.").arg(spf.lookups).arg(kSpfLookupLimit),
                {}, record);
    }

    /** Does the SPF record let the user's outbound addresses send as the domain? Run as a receiver
     *  would (check_host), only when the record itself is usable. */
    void checkOutboundSpf(const SpfAnalysis &spf)
    {
        if (spf.records.size() != 1 || !spf.errors.isEmpty() || !spf.loops.isEmpty() || spf.lookups > kSpfLookupLimit)
            return; // a receiver gets permerror for every address: reported above
        SpfDns dns;
        dns.txt = [this](const QString &name) { return m_resolver.txt(name); };
        dns.addresses = [this](const QString &name) -> Result<QList<QHostAddress>> {
            auto a = m_resolver.a(name);
            if (!a)
                return a.error();
            auto aaaa = m_resolver.aaaa(name);
            if (!aaaa)
                return aaaa.error();
            return a->records + aaaa->records;
        };
        dns.mxHosts = [this](const QString &name) -> Result<QStringList> {
            auto mx = m_resolver.mx(name);
            if (!mx)
                return mx.error();
            QStringList hosts;
            for (const net::MxRecord &m : mx->records)
                hosts << m.exchange;
            return hosts;
        };
        const QString &d = m_r.domain;
        for (const Address &a : m_addresses) {
            if (!a.outbound)
                continue;
            const QString ip = a.ip.toString();
            QString why;
            const SpfResult result = evaluateSpf(a.ip, d, dns, &why);
            switch (result) {
            case SpfResult::Pass:
                add("spf.ip-allowed", Severity::Ok, ip, QCoreApplication::translate("DomainCheck", "%1 may send mail as %2: SPF pass (%3).").arg(ip, d, why));
                break;
            case SpfResult::Fail:
            case SpfResult::SoftFail:
            case SpfResult::Neutral:
                add("spf.ip-not-allowed", result == SpfResult::Fail ? Severity::Severe : Severity::Warning, ip,
                    QCoreApplication::translate("DomainCheck", "Mail from %1 gets SPF %2 for %3 (%4): receivers junk or refuse it, above all when DMARC is "
                       "enforced and DKIM does not pass either.").arg(ip, spfResultName(result), d, why),
                    QCoreApplication::translate("DomainCheck", "If %1 really sends your mail, add ip4:%1 (or ip6:) to the SPF record of %2; if it should not, "
                       "find out what sends mail from it.").arg(ip, d),
                    spf.records.first());
                break;
            case SpfResult::TempError:
                dnsError(QCoreApplication::translate("DomainCheck", "the SPF evaluation of %1 for %2").arg(ip, d), Error{why, {}});
                break;
            default: break; // none, permerror: reported by the record's own findings
            }
        }
    }

    // --- DMARC -----------------------------------------------------------------------------

    void checkDmarc()
    {
        const QString &d = m_r.domain;
        const QString name = QStringLiteral("_dmarc.") + d;
        auto txt = m_resolver.txt(name);
        if (!txt) {
            dnsError(name, txt.error());
            return;
        }
        QStringList records;
        for (const QString &t : txt->records)
            if (isDmarcRecord(t))
                records << t;
        const QString publish = QCoreApplication::translate("DomainCheck", "Publish a TXT record at %1: \"v=DMARC1; p=none; rua=mailto:dmarc-reports@%2\" to "
                                   "start receiving reports, then move to p=quarantine and p=reject once your own "
                                   "mail passes.").arg(name, d);
        if (records.isEmpty()) {
            add("dmarc.missing", Severity::Severe, name,
                QCoreApplication::translate("DomainCheck", "%1 has no DMARC record: receivers have no policy for mail that forges %1, you get no reports "
                   "of who sends as you, and Gmail and Yahoo require DMARC of bulk senders.").arg(d),
                publish);
            return;
        }
        if (records.size() > 1) {
            add("dmarc.multiple", Severity::Severe, name,
                QCoreApplication::translate("DomainCheck", "%1 DMARC records: receivers ignore them all (RFC 7489 6.6.3).").arg(records.size()),
                QCoreApplication::translate("DomainCheck", "Keep one."), records.join(QStringLiteral(" | ")));
            return;
        }
        const DmarcRecord r = parseDmarc(records.first());
        const QString &rec = records.first();
        if (!r.valid()) {
            add("dmarc.syntax", Severity::Severe, name,
                QCoreApplication::translate("DomainCheck", "The DMARC record is invalid, so receivers ignore it: %1.").arg(r.errors.join(QStringLiteral("; "))),
                publish, rec);
            return;
        }
        for (const QString &note : r.notes)
            add("dmarc.note", Severity::Info, name, QCoreApplication::translate("DomainCheck", "In the DMARC record: %1.").arg(note), {}, rec);
        bool weak = false;
        if (r.policy == QLatin1String("none")) {
            weak = true;
            add("dmarc.p-none", Severity::Warning, name,
                QCoreApplication::translate("DomainCheck", "The DMARC policy is p=none: receivers only report, and deliver mail that forges %1 as usual.").arg(d),
                r.rua.isEmpty()
                    ? QCoreApplication::translate("DomainCheck", "Add rua=mailto:... to receive reports; once they show all your own mail passing, move to "
                         "p=quarantine, then p=reject.")
                    : QCoreApplication::translate("DomainCheck", "Read the reports sent to %1; once they show all your own mail passing SPF or DKIM, move to "
                         "p=quarantine, then p=reject.").arg(r.rua.join(QStringLiteral(", "))),
                rec);
        }
        if (r.policy != QLatin1String("none") && r.pct < 100) {
            weak = true;
            add("dmarc.pct", Severity::Warning, name,
                QCoreApplication::translate("DomainCheck", "pct=%1: the policy applies to only %1% of the mail that fails DMARC; the rest is delivered.")
                    .arg(r.pct),
                QCoreApplication::translate("DomainCheck", "Raise pct to 100 (or remove it) once you are confident."), rec);
        }
        if (r.subdomainPolicy == QLatin1String("none") && r.policy != QLatin1String("none")) {
            weak = true;
            add("dmarc.sp-none", Severity::Warning, name,
                QCoreApplication::translate("DomainCheck", "sp=none: mail forging any subdomain of %1 (such as billing.%1) is not blocked.").arg(d),
                QCoreApplication::translate("DomainCheck", "Remove sp= (the p= policy then applies to subdomains too) or set it to quarantine or reject."),
                rec);
        }
        checkReportAuthorization(name, r, rec);
        if (r.rua.isEmpty())
            add("dmarc.no-rua", Severity::Info, name,
                QCoreApplication::translate("DomainCheck", "The DMARC record asks for no aggregate reports (rua=): you will not see who sends mail as %1.").arg(d),
                QCoreApplication::translate("DomainCheck", "Add rua=mailto:dmarc-reports@%1 (Mailtide reads these reports from your mailbox).").arg(d), rec);
        if (!weak)
            add("dmarc.ok", Severity::Ok, name,
                QCoreApplication::translate("DomainCheck", "DMARC policy p=%1%2, alignment DKIM %3 and SPF %4%5.")
                    .arg(r.policy,
                         r.subdomainPolicy.isEmpty() ? QString() : QCoreApplication::translate("DomainCheck", " (subdomains: %1)").arg(r.subdomainPolicy),
                         r.adkim == QLatin1Char('s') ? QCoreApplication::translate("DomainCheck", "strict") : QCoreApplication::translate("DomainCheck", "relaxed"),
                         r.aspf == QLatin1Char('s') ? QCoreApplication::translate("DomainCheck", "strict") : QCoreApplication::translate("DomainCheck", "relaxed"),
                         r.rua.isEmpty() ? QString() : QCoreApplication::translate("DomainCheck", ", reports to %1").arg(r.rua.join(QStringLiteral(", ")))),
                {}, rec);
    }

    /** RFC 7489 7.1: reports go to another organisation's address only if that domain agrees,
     *  with a TXT "v=DMARC1" at <domain>._report._dmarc.<its domain>; receivers skip it otherwise. */
    void checkReportAuthorization(const QString &name, const DmarcRecord &r, const QString &rec)
    {
        const QString &d = m_r.domain;
        const QString own = util::registrableDomain(d);
        QStringList unauthorized;
        QStringList asked;
        for (const QString &uri : (r.rua + r.ruf).mid(0, 6)) {
            if (!uri.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                continue;
            const QString host = util::domainOf(uri.mid(7).section(QLatin1Char('!'), 0, 0));
            if (host.isEmpty() || asked.contains(host) || util::registrableDomain(host) == own)
                continue;
            asked << host;
            const QString authName = d + QStringLiteral("._report._dmarc.") + host;
            auto txt = m_resolver.txt(authName);
            if (!txt) {
                dnsError(authName, txt.error());
                continue;
            }
            if (std::none_of(txt->records.cbegin(), txt->records.cend(), isDmarcRecord))
                unauthorized << host;
        }
        if (!unauthorized.isEmpty())
            add("dmarc.rua-unauthorized", Severity::Warning, name,
                QCoreApplication::translate("DomainCheck", "DMARC reports are to go to %1, which has not agreed to receive "
                                                           "reports for %2 (RFC 7489 7.1): receivers send none there.")
                    .arg(unauthorized.join(QStringLiteral(", ")), d),
                QCoreApplication::translate("DomainCheck", "Have %1 publish a TXT record \"v=DMARC1\" at %2._report._dmarc.%1 "
                                                           "(report services tell you how), or send reports to an address at %2.")
                    .arg(unauthorized.first(), d),
                rec);
    }

    // --- DKIM ------------------------------------------------------------------------------

    void checkDkim()
    {
        const QString &d = m_r.domain;
        if (m_o.dkimSelectors.isEmpty()) {
            add("dkim.no-selector", Severity::Info, d,
                QCoreApplication::translate("DomainCheck", "DKIM was not checked: DNS cannot list a domain's DKIM keys, they are found by selector name."),
                QCoreApplication::translate("DomainCheck", "Give the selector (the s= of the DKIM-Signature header in mail you sent, e.g. "
                   "--dkim-selector s1)."));
            return;
        }
        for (const QString &selector : m_o.dkimSelectors) {
            const QString name = selector.trimmed().toLower() + QStringLiteral("._domainkey.") + d;
            auto txt = m_resolver.txt(name);
            if (!txt) {
                dnsError(name, txt.error());
                continue;
            }
            QString record;
            for (const QString &t : txt->records)
                if (isDkimKeyRecord(t)) {
                    record = t;
                    break;
                }
            if (record.isEmpty()) {
                add("dkim.missing", Severity::Severe, name,
                    QCoreApplication::translate("DomainCheck", "No DKIM key for selector \"%1\": mail signed with it fails DKIM, and with it DMARC when SPF "
                       "does not align.").arg(selector),
                    QCoreApplication::translate("DomainCheck", "Publish the public key your mail server or provider gives you as a TXT record at %1, or "
                       "check the selector's spelling.").arg(name));
                continue;
            }
            const DkimKey key = parseDkimKey(record);
            const QString shown = record.size() > 120 ? record.left(117) + QStringLiteral("...") : record;
            if (!key.valid()) {
                add("dkim.syntax", Severity::Severe, name,
                    QCoreApplication::translate("DomainCheck", "The DKIM key record for selector \"%1\" is invalid, so signatures fail: %2.")
                        .arg(selector, key.errors.join(QStringLiteral("; "))),
                    QCoreApplication::translate("DomainCheck", "Publish the key again exactly as your mail server gives it."), shown);
                continue;
            }
            if (key.revoked) {
                add("dkim.revoked", Severity::Warning, name,
                    QCoreApplication::translate("DomainCheck", "The DKIM key for selector \"%1\" is revoked (empty p=): mail still signed with it fails.").arg(selector),
                    QCoreApplication::translate("DomainCheck", "Fine if nothing signs with \"%1\" any more; otherwise publish the current key.").arg(selector),
                    shown);
                continue;
            }
            if (key.testing)
                add("dkim.testing", Severity::Info, name,
                    QCoreApplication::translate("DomainCheck", "The DKIM key for selector \"%1\" is marked as testing (t=y): receivers may ignore failures.").arg(selector),
                    QCoreApplication::translate("DomainCheck", "Remove t=y once signing works."), shown);
            if (key.keyType == QLatin1String("rsa") && key.bits < 1024)
                add("dkim.weak-key", Severity::Severe, name,
                    QCoreApplication::translate("DomainCheck", "The DKIM key for selector \"%1\" is RSA %2 bits: receivers must ignore keys under 1024 bits "
                       "(RFC 8301), and such keys can be broken.").arg(selector).arg(key.bits),
                    QCoreApplication::translate("DomainCheck", "Make a new 2048-bit key under a new selector, publish it, switch signing to it, then "
                       "revoke this one."), shown);
            else if (key.keyType == QLatin1String("rsa") && key.bits < 2048)
                add("dkim.short-key", Severity::Warning, name,
                    QCoreApplication::translate("DomainCheck", "The DKIM key for selector \"%1\" is RSA %2 bits; 2048 bits is the recommended size "
                       "(RFC 8301).").arg(selector).arg(key.bits),
                    QCoreApplication::translate("DomainCheck", "Make a new 2048-bit key under a new selector and switch signing to it."), shown);
            else
                add("dkim.ok", Severity::Ok, name,
                    QCoreApplication::translate("DomainCheck", "DKIM key for selector \"%1\": %2 %3 bits.").arg(selector, key.keyType.toUpper()).arg(key.bits),
                    {}, shown);
        }
    }

    // --- MTA-STS and TLS-RPT ---------------------------------------------------------------

    void checkMtaSts()
    {
        const QString name = QStringLiteral("_mta-sts.") + m_r.domain;
        auto txt = m_resolver.txt(name);
        if (!txt) {
            dnsError(name, txt.error());
            return;
        }
        static const QRegularExpression sts(QStringLiteral(R"(^v=STSv1\s*;)"));
        static const QRegularExpression id(QStringLiteral(R"(;\s*id=[A-Za-z0-9]{1,32}\s*(;|$))"));
        QStringList records;
        for (const QString &t : txt->records)
            if (t.startsWith(QLatin1String("v=STSv1")))
                records << t;
        if (records.isEmpty()) {
            add("mta-sts.missing", Severity::Info, name,
                QCoreApplication::translate("DomainCheck", "No MTA-STS (RFC 8461): servers sending to %1 use TLS when offered, but an attacker on the path "
                   "can make them fall back to plain text.").arg(m_r.domain),
                QCoreApplication::translate("DomainCheck", "Publish a policy at https://mta-sts.%1/.well-known/mta-sts.txt and a TXT record "
                   "\"v=STSv1; id=20240101\" at %2.").arg(m_r.domain, name));
            return;
        }
        if (records.size() > 1 || !sts.match(records.first()).hasMatch() || !id.match(records.first()).hasMatch()) {
            add("mta-sts.invalid", Severity::Warning, name,
                QCoreApplication::translate("DomainCheck", "The MTA-STS record is not valid (RFC 8461 3.1 wants one \"v=STSv1; id=...\" record): senders "
                   "ignore the policy."),
                QCoreApplication::translate("DomainCheck", "Publish exactly one record such as \"v=STSv1; id=20240101\"."), records.join(QStringLiteral(" | ")));
            return;
        }
        add("mta-sts.ok", Severity::Ok, name,
            QCoreApplication::translate("DomainCheck", "MTA-STS is announced (the policy file itself was not fetched)."), {}, records.first());
    }

    void checkTlsRpt()
    {
        const QString name = QStringLiteral("_smtp._tls.") + m_r.domain;
        auto txt = m_resolver.txt(name);
        if (!txt) {
            dnsError(name, txt.error());
            return;
        }
        QStringList records;
        for (const QString &t : txt->records)
            if (t.startsWith(QLatin1String("v=TLSRPTv1")))
                records << t;
        if (records.isEmpty()) {
            add("tls-rpt.missing", Severity::Info, name,
                QCoreApplication::translate("DomainCheck", "No TLS-RPT (RFC 8460): you get no reports when other servers fail to deliver to %1 over TLS.")
                    .arg(m_r.domain),
                QCoreApplication::translate("DomainCheck", "Publish a TXT record at %1: \"v=TLSRPTv1; rua=mailto:tls-reports@%2\".").arg(name, m_r.domain));
            return;
        }
        static const QRegularExpression rua(QStringLiteral(R"(;\s*rua=\S+)"));
        if (records.size() > 1 || !rua.match(records.first()).hasMatch()) {
            add("tls-rpt.invalid", Severity::Warning, name,
                QCoreApplication::translate("DomainCheck", "The TLS-RPT record is not valid (RFC 8460 3 wants one record with rua=): no reports are sent."),
                QCoreApplication::translate("DomainCheck", "Publish exactly one record such as \"v=TLSRPTv1; rua=mailto:tls-reports@%1\".").arg(m_r.domain),
                records.join(QStringLiteral(" | ")));
            return;
        }
        add("tls-rpt.ok", Severity::Ok, name, QCoreApplication::translate("DomainCheck", "TLS-RPT reports are requested."), {}, records.first());
    }

    // --- block lists -----------------------------------------------------------------------

    void checkDnsbl()
    {
        if (!m_dnsbl) {
            add("dnsbl.off", Severity::Info, m_r.domain,
                QCoreApplication::translate("DomainCheck", "Block lists were not checked: each look-up tells the list's operator the address "
                                                           "or domain asked about, so Mailtide makes them only when you ask."),
                QCoreApplication::translate("DomainCheck", "Switch block list look-ups on when you want them: --dnsbl on the command line, \"Also look up block lists\" in the Self-check view."));
            return;
        }
        for (const Address &a : m_addresses) {
            const QString ip = a.ip.toString();
            reportListings(a.host.isEmpty() ? ip : QStringLiteral("%1 (%2)").arg(ip, a.host), ip, a.outbound,
                           m_dnsbl->check(a.ip));
        }
        // The domain itself, on the domain lists among those chosen (Spamhaus DBL): a domain seen in
        // spam, or a hacked site of it used in spam's links.
        reportListings(m_r.domain, m_r.domain, true, m_dnsbl->checkDomain(m_r.domain));
    }

    /** Findings for one address's (or the domain's) answers from every list. */
    void reportListings(const QString &subject, const QString &asked, bool outbound, const QList<senders::DnsblResult> &results)
    {
        m_dnsblResults += results;
        QStringList clean;
        for (const senders::DnsblResult &r : results) {
            const auto list = senders::listFor(r.listId);
            const QString listName = list ? list->name : r.listId;
            if (r.state == senders::DnsblState::NotListed) {
                clean << listName;
                continue;
            }
            if (r.state == senders::DnsblState::Error) {
                add("dnsbl.error", Severity::Warning, subject,
                    QCoreApplication::translate("DomainCheck", "Could not check %1 on %2: %3").arg(asked, listName, r.error),
                    QCoreApplication::translate("DomainCheck", "Ask through your own resolver (--dns) and run the check again."));
                continue;
            }
            const auto url = [&](const QString &pattern) { return pattern.contains(QLatin1String("%1")) ? pattern.arg(asked) : pattern; };
            const bool policy = r.policyOnly;
            const Severity s = policy && !outbound ? Severity::Warning : Severity::Severe;
            QString detail = QCoreApplication::translate("DomainCheck", "answer %1").arg(r.codesText());
            if (!r.reason.isEmpty())
                detail += QCoreApplication::translate("DomainCheck", "; the list says: %1").arg(r.reason);
            const QString delist = list && !list->delistUrl.isEmpty()
                ? QCoreApplication::translate("DomainCheck", "ask for removal at %1").arg(url(list->delistUrl))
                : QCoreApplication::translate("DomainCheck", "ask the list's operator for removal");
            QString fix;
            if (list && list->target == senders::DnsblList::Target::Domain)
                fix = QCoreApplication::translate("DomainCheck", "Find out why first — a hacked website of yours linked from spam, a "
                                                                 "compromised mail account, a newsletter sent to bought addresses — fix "
                                                                 "it, then %1.").arg(delist);
            else if (policy)
                fix = QCoreApplication::translate("DomainCheck", "If this address runs a real mail server, %1; otherwise send through "
                                                                 "your provider's server on port 587 with authentication, and block "
                                                                 "outbound port 25 from workstations.").arg(delist);
            else
                fix = QCoreApplication::translate("DomainCheck", "Find and fix the cause first — an infected machine, an open relay, a "
                                                                 "hacked mail account sending spam — then %1.").arg(delist);
            add(policy ? "dnsbl.policy" : "dnsbl.listed", s, subject,
                QCoreApplication::translate("DomainCheck", "%1 is on %2: %3.").arg(asked, listName, r.meanings.join(QStringLiteral("; "))),
                fix, detail);
        }
        if (!clean.isEmpty() && clean.size() == results.size())
            add("dnsbl.clean", Severity::Ok, subject,
                QCoreApplication::translate("DomainCheck", "%1 is on none of the block lists checked (%2).")
                    .arg(asked, clean.join(QStringLiteral(", "))));
    }
};

} // namespace

QString normalizeDomain(const QString &text)
{
    QString d = text.trimmed().toLower();
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    if (d.isEmpty() || d.size() > 253 || !d.contains(QLatin1Char('.')) || d.contains(QLatin1String(".."))
        || d.startsWith(QLatin1Char('.')) || d.contains(QLatin1Char('@')) || d.contains(QLatin1Char('/'))
        || QHostAddress(d).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol)
        return {};
    const QByteArray ace = QUrl::toAce(d);
    if (ace.isEmpty())
        return {};
    for (char c : ace)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_'))
            return {};
    return QString::fromLatin1(ace);
}

DomainCheck::DomainCheck(DomainCheckOptions options) : m_options(std::move(options)) {}

Result<Report> DomainCheck::run()
{
    m_dnsblResults.clear();
    return Run(m_options, m_dnsbl, m_dnsblResults).run();
}

} // namespace mailtide::selfcheck
