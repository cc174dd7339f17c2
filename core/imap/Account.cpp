#include "imap/Account.h"

#include <QCoreApplication>

namespace mailtide::imap {

Result<Endpoint> endpointFor(const store::ImapAccount &a, const SecretFn &askPassword)
{
    Endpoint e;
    e.host = a.host;
    e.port = quint16(a.port);
    auto tls = tlsFromString(a.tls);
    if (!tls)
        return Error{QCoreApplication::translate("Imap", "Unknown TLS mode"), a.tls};
    e.tls = *tls;
    e.user = a.user;
    e.caFile = a.caFile;
    e.pinnedKey = a.pinnedKey;
    if (!a.oauth2Command.isEmpty()) {
        auto token = secretFromCommand(a.oauth2Command);
        if (!token)
            return token.error();
        e.oauth2Token = std::move(token.value());
    } else if (!a.passwordCommand.isEmpty()) {
        auto pw = secretFromCommand(a.passwordCommand);
        if (!pw)
            return pw.error();
        e.password = std::move(pw.value());
    } else if (askPassword) {
        auto pw = askPassword(a);
        if (!pw)
            return pw.error();
        e.password = std::move(pw.value());
    } else {
        return Error{QCoreApplication::translate("Imap", "No password for this account"),
                     QCoreApplication::translate("Imap", "give it a password command (--password-command)")};
    }
    return e;
}

Result<Endpoint> endpointFor(const store::ImapAccount &account, const QByteArray &password)
{
    return endpointFor(account, [&](const store::ImapAccount &a) -> Result<QByteArray> {
        if (password.isEmpty())
            return Error{QCoreApplication::translate("Imap", "No password for this account"), a.name};
        return password;
    });
}

Result<QString> pinForFingerprint(const store::ImapAccount &a, const QString &sha256Hex)
{
    Endpoint e;
    e.host = a.host;
    e.port = quint16(a.port);
    e.tls = tlsFromString(a.tls).value_or(Tls::Implicit);
    if (e.tls == Tls::None)
        return Error{QCoreApplication::translate("Imap", "This account does not use TLS"), a.name};
    Connection c;
    c.probe(e);
    QString want = sha256Hex.toLower();
    want.remove(QLatin1Char(':'));
    if (c.peerCertificateSha256().isEmpty())
        return Error{QCoreApplication::translate("Imap", "Could not read the server's certificate"), a.host};
    if (c.peerCertificateSha256() != want)
        return Error{QCoreApplication::translate("Imap", "The server shows another certificate"),
                     QCoreApplication::translate("Imap", "its SHA-256 fingerprint is %1").arg(c.peerCertificateSha256())};
    return c.peerKeyPin();
}

} // namespace mailtide::imap
