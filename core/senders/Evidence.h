#pragma once
/** @short Per-message sender evidence: who really sent a message, and what in its headers lies.
 *
 * E-mail is a postcard: the From line, the display name, the HELO name and every Received line
 * below the user's own provider can be written by anyone. What can be believed is what the
 * user's own receiving server wrote: its top-most Received lines and its Authentication-Results
 * (RFC 8601 section 5: a receiver must ignore results it did not add). The functions here take a
 * parsed message (mime::ParsedMessage) and an EvidenceContext saying what the user's own server
 * is, and return plain values: the origin hop, the trusted authentication results, and a list of
 * evidence items, each with a stable id, a weight (0..1, how strongly it suggests a forged or
 * botnet sender) and plain words ("From says paypal.com but DKIM signed by mailer.example").
 *
 * Everything is a pure function: thread-safe, no network (reverse DNS is only what a Received
 * line recorded; DNSBL look-ups are elsewhere and opt-in), bounded by the parser's limits
 * (mime::ParseLimits: at most 100 Received hops, 64 KB header lines) and by the caps below. */
#include "mime/ParsedMessage.h"
#include "store/Types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtide::senders {

/** Stable evidence ids, one bit each in the stored flags (message_evidence.flags): never
 *  renumber, add at the end. Authentication results are stored as their own columns (their
 *  trust is decided when aggregating, per account), not as bits. */
enum class EvidenceId : int {
    DkimNotAligned = 0,     ///< a DKIM pass for a domain other than the From domain
    ReturnPathNotAligned,   ///< envelope sender's registrable domain differs from From's
    DisplayNameAddress,     ///< the display name holds another address
    DisplayNameBrand,       ///< the display name claims a brand the address does not belong to
    ReplyToOtherDomain,     ///< Reply-To goes to another registrable domain
    FreemailReplyTo,        ///< free-mail Reply-To on a non-free-mail From
    LookalikeBrand,         ///< From domain imitates a well-known brand
    LookalikeCorrespondent, ///< From domain is a near miss of a domain the user often hears from
    IdnMixedScripts,        ///< From domain (punycode) mixes scripts or uses Latin look-alike letters
    HeloIpLiteral,          ///< origin HELO is an IP literal ("[192.0.2.1]") or a bare IP
    HeloMismatch,           ///< origin HELO names a domain its reverse DNS does not belong to
    HeloOwnDomain,          ///< origin HELO claims the recipient's own domain
    DynamicOrigin,          ///< origin reverse DNS looks dynamic/residential: the botnet signature
    NoReverseDns,           ///< the receiving server recorded no reverse-DNS name for the origin
    PrivateOrigin,          ///< origin IP private or reserved (forged, or a broken relay)
    ManyHops,               ///< more Received hops than any real route needs
    ClockSkew,              ///< the Date header is far from the server's receipt time
    LinkTextMismatch,       ///< anchor text shows one domain, the link goes to another
    UrlShortener,           ///< a link hides its target behind a shortener
    IpLink,                 ///< a link to a raw IP address
    LookalikeLink,          ///< a link to a domain imitating a brand
    ForgedMayBe,            ///< Sendmail's "(may be forged)" on the origin hop
    Count
};

/** The stable text id of an evidence kind ("dkim-not-aligned"), for JSON and CLI output. */
QString idString(EvidenceId id);
/** The prior weight of an evidence kind, 0..1: how much it alone makes a sender suspicious. */
double weightOf(EvidenceId id);
/** Short plain words for a group report ("dynamic/residential origin IP"), translated. */
QString describe(EvidenceId id);

struct EvidenceItem
{
    EvidenceId id = EvidenceId::Count;
    double weight = 0; ///< weightOf(id)
    QString text;      ///< plain words with the evidence, translated
};

/** What the user's side of the route is: given per account. All names lower-case. */
struct EvidenceContext
{
    /** The authserv-id of the account's receiving server ("mx.google.com"); empty: not known
     *  yet, then the top-most header's id is used provisionally (see trustedAuth). */
    QString authservId;
    /** Registrable domains of the user's own addresses (HELO claiming one is a lie). */
    QStringList ownDomains;
    /** Registrable domains of the user's provider relays, besides the ones the Received chain
     *  shows (see findOrigin). */
    QStringList providerDomains;
    /** Registrable domains the user often corresponds with (near misses are suspicious). */
    QStringList frequentDomains;
    /** Date vs. receipt difference beyond which ClockSkew fires (seconds). */
    qint64 maxSkewSeconds = 3 * 86400;
    int maxHops = 20;
};

/** The authentication results the user's server wrote, from its top-most header(s). */
struct TrustedAuth
{
    bool present = false; ///< a header from the trusted server was found
    QString authservId;   ///< the id that was trusted ("" when the server omits it, as Microsoft 365)
    QString spf;          ///< lower-case result ("pass", "fail", "softfail", ...); "" when none
    QString dkim;         ///< "pass" when any signature passed, else the first result
    QString dkimDomain;   ///< header.d of the passing signature (the aligned one when several)
    QString dmarc;
    QString arc;
    QString spfDomain;    ///< smtp.mailfrom's domain (or smtp.helo's when no mailfrom)
};

/** The results of the top-most Authentication-Results headers whose authserv-id is authservId
 *  (case-insensitive). A receiving server prepends its header, so a forger's ones are always
 *  below: the scan takes the matching headers at the top, allows at most two non-matching ones
 *  above them (a local filter's), and stops at the first non-matching header after a match.
 *  An empty authservId trusts the top-most header's id (provisional, before the account's id is
 *  learned). headers are in message order, top-most first. */
TrustedAuth trustedAuth(const QList<mime::AuthResults> &headers, const QString &authservId);

/** The authserv-id of the top-most Authentication-Results header (for learning an account's
 *  id: the one on top of most of its messages), or nullopt when the message has none. */
std::optional<QString> topAuthservId(const QList<mime::AuthResults> &headers);

/** Where the message entered the user's provider. */
struct Origin
{
    int hopIndex = -1; ///< index in the Received list (0 = top-most); -1: no external hop found
    QString ip;        ///< canonical text; "" when none
    QString rdns;
    QString helo;
    bool mayBeForged = false;
    int hops = 0;      ///< Received headers in the message
};

/** The first hop outside the user's provider, walking the Received chain from the top (the
 *  only part that cannot be forged). A hop is inside when its connecting IP is private or
 *  loopback, when it is a fetch (fetchmail "with POP3/IMAP"), or when the sending host's
 *  registrable domain (reverse DNS, else HELO) is one of the provider's: the ones given, and
 *  the "by" domains of the hops already walked. The first hop with a public IP outside is the
 *  origin; its IP is the one the provider saw connecting. */
Origin findOrigin(const QList<mime::ReceivedHop> &hops, const EvidenceContext &ctx);

enum class IpKind { Public, Private, Loopback, LinkLocal, Reserved, Invalid };
/** RFC 1918, RFC 6598 (CGNAT), loopback, link-local, documentation, multicast and other
 *  reserved ranges for IPv4 and IPv6 (ULA fc00::/7, fe80::/10, ::1, 2001:db8::/32). */
IpKind classifyIp(const QString &ip);

/** The /24 (IPv4) or /48 (IPv6) network of an IP as text ("192.0.2.0/24"); "" for an invalid
 *  IP. A botnet's hosts share few networks; a provider's pool shares one. */
QString networkOf(const QString &ip);

/** True when a reverse-DNS name looks dynamic or residential: words ISPs give their pools
 *  (dsl, dyn, dynamic, pool, cable, ppp, dhcp, dial, client, broadband, cust, ...) as whole
 *  labels or label parts, or the IP's own octets written in the name (84-12-34-56, 56.34.12.84).
 *  The name is read up to 253 characters. */
bool isDynamicRdns(const QString &rdns, const QString &ip = {});

/** What is wrong with the origin hop's HELO, as an evidence id, or nullopt. Checks, in order:
 *  an IP literal or bare IP; a name in one of ctx.ownDomains; a name whose registrable domain
 *  is not the reverse-DNS name's (only when the hop recorded a reverse-DNS name). A HELO longer
 *  than 253 characters is not a host name: it counts as a mismatch. */
std::optional<EvidenceId> heloProblem(const Origin &o, const EvidenceContext &ctx);

/** Levenshtein distance, computed only up to limit (returns limit + 1 beyond it). Strings longer
 *  than 64 characters return limit + 1. */
int editDistance(QStringView a, QStringView b, int limit);

/** A Unicode (or punycode xn--) domain whose labels mix scripts (Latin with Cyrillic or Greek)
 *  or spell Latin-looking words in Cyrillic/Greek letters (homoglyphs: "раураl"). */
bool isMixedScriptDomain(const QString &domain);

/** The domain (punycode or Unicode) with Cyrillic/Greek look-alike letters replaced by the Latin
 *  ones they imitate, lower-case: "xn--pypal-4ve.com" -> "paypal.com". */
QString latinSkeleton(const QString &domain);

/** The frequent correspondent domain `domain` is a near miss of (edit distance 1, or 2 for
 *  names of 8+ letters, on the label before the public suffix), or "". Equal domains are not a
 *  near miss. */
QString nearMissOf(const QString &domain, const QStringList &frequent);

/** A 64-bit fingerprint of the subject and the start of the text, insensitive to case, digits,
 *  white space and punctuation: the same campaign gets the same fingerprint from every bot.
 *  0 only when both are empty. */
qint64 fingerprint(const QString &subject, const QString &text);

/** Everything found about one message's sender. */
struct SenderEvidence
{
    Origin origin;
    QString originNet;                ///< networkOf(origin.ip)
    std::optional<QString> topAuthservId;
    TrustedAuth auth;
    QString fromDomain;               ///< registrable
    QString returnPathDomain;         ///< registrable; "" when none
    qint64 fingerprint = 0;
    QList<EvidenceItem> items;        ///< strongest first
    quint64 flags = 0;                ///< bit (1 << EvidenceId) per item present

    bool has(EvidenceId id) const { return flags & (quint64(1) << int(id)); }
    /** [{"id","weight","text"}], strongest first: what a message's reasons show. */
    QString itemsJson() const;
};

/** All the checks above over one parsed message. The alignment items are not raised for mail
 *  that came through a mailing list (List-Id): a list resends with its own envelope sender and
 *  often its own signature. Authentication items (SPF/DKIM/DMARC fail) are
 *  not items: they come from `auth`, whose trust a report decides per account. The DKIM
 *  alignment item uses `auth` as computed with ctx.authservId. */
SenderEvidence extractEvidence(const mime::ParsedMessage &m, const EvidenceContext &ctx = {});

/** The row the store keeps of it (message_evidence). */
store::EvidenceRow toRow(const SenderEvidence &e);

/** Extracts the evidence of a parsed message into the row an import or a sync stores: sets
 *  m.evidence and m.originIp. */
void attachEvidence(store::NewMessage &m, const mime::ParsedMessage &p, const EvidenceContext &ctx);

/** The same from the header block alone (the bytes up to the first empty line), for an import or
 *  a sync that does not classify and so does not parse bodies (about a tenth of the cost): no
 *  link evidence, and a fingerprint of the subject only. */
void attachHeaderEvidence(store::NewMessage &m, QByteArrayView raw, const EvidenceContext &ctx);

} // namespace mailtide::senders
