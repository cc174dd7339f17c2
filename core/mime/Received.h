#pragma once
/** @short One Received: header taken apart (RFC 5321 section 4.4, RFC 5322 section 3.6.7).
 *
 * The grammar is "from <helo> (<tcp-info>) by <host> via <link> with <protocol> id <id> for <rcpt>;
 * <date>", but every MTA writes the parts its own way: Sendmail and Postfix put the reverse-DNS
 * name and the IP in the comment after the HELO name, Exim writes "rdns ([ip] helo=name)", qmail
 * "rdns (HELO name) (ip)", Exchange "helo (ip)", and several write the IP bare in brackets. The
 * parser knows these shapes (see tst_received.cpp, one row each) and otherwise keeps what it can.
 *
 * Pure function over bytes, thread-safe, bounded (kMaxReceivedBytes); never fails. */
#include "mime/MessageHeaders.h"

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace mailtide::mime {

/** Only this many bytes of a value are read for its clauses; the date is still taken from the
 *  end of the whole value. */
inline constexpr qsizetype kMaxReceivedBytes = 8 * 1024;

struct ReceivedHop
{
    QString helo;  ///< the name the sending host claimed (HELO/EHLO), as written
    QString rdns;  ///< the reverse-DNS name the receiving MTA found; "" when "unknown" or not written
    QString ip;    ///< the connecting host's IP, canonical text ("192.0.2.1", "2001:db8::1"); "" if none
    QString ident; ///< the IDENT/auth user written before the host ("IDENT:x@host", "user@host")
    bool mayBeForged = false; ///< Sendmail's "(may be forged)": rdns and forward lookup disagree

    QString by;           ///< the receiving host, as written
    QString via;          ///< "via" link (rare; Yahoo web mail writes "via HTTP")
    QString with;         ///< the "with" clause as written ("ESMTPS", "Microsoft SMTP Server", "local")
    QString protocol;     ///< upper-case: SMTP, ESMTP(S)(A), LMTP(A), HTTP(S), LOCAL, ...; "" if none known
    QString id;           ///< queue id, without angle brackets
    QString forAddress;   ///< the "for" recipient, without angle brackets
    QString envelopeFrom; ///< "(envelope-from <x>)" / "(envelope-sender <x>)" when written
    bool tls = false;     ///< the hop says it used TLS (ESMTPS, "using TLS...", "version=TLS...")
    std::optional<Timestamp> date;

    bool hasFrom() const { return !helo.isEmpty() || !rdns.isEmpty() || !ip.isEmpty(); }
};

/** Parses one Received: header value (raw, folding allowed). */
ReceivedHop parseReceived(QByteArrayView value);

/** The IP in text, checked and made canonical ("IPv6:" prefix and zone index dropped), or "" when
 *  the text is not an IPv4 dotted quad or an IPv6 address. */
QString canonicalIp(QStringView text);

} // namespace mailtide::mime
