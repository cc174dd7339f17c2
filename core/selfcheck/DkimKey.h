#pragma once
/** @short DKIM public key records (RFC 6376 3.6.1, RFC 8463): a pure parser of the TXT string at
 *  <selector>._domainkey.<domain>, with the key's size read from its p= data.
 *
 * An RSA key is the base64 of a DER SubjectPublicKeyInfo (what OpenSSL writes; RFC 6376 3.6.1),
 * or of a bare PKCS#1 RSAPublicKey, which some publish and verifiers accept; its size is the
 * modulus's in bits (RFC 8301: verifiers must reject < 1024, signers should use >= 2048). An
 * Ed25519 key is 32 raw bytes. An empty p= is a revoked key. A minimal DER reader with every
 * length checked against the bytes there: hostile records give an error, never a crash. */
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailtide::selfcheck {

struct DkimKey
{
    QString keyType = QStringLiteral("rsa"); ///< k=: rsa | ed25519
    bool revoked = false;                    ///< p= is empty
    int bits = 0;                            ///< RSA: the modulus's bits; Ed25519: 256; 0 unknown
    bool testing = false;                    ///< t=y: the domain is testing DKIM
    QStringList errors;                      ///< what makes verifiers ignore the key

    bool valid() const { return errors.isEmpty(); }
};

/** Whether a TXT string looks like a DKIM key record (has a p= tag, or starts with v=DKIM1). */
bool isDkimKeyRecord(const QString &txt);
DkimKey parseDkimKey(const QString &txt);

/** The RSA modulus's size in bits of a DER SubjectPublicKeyInfo (rsaEncryption) or PKCS#1
 *  RSAPublicKey; 0 when the bytes are neither. */
int rsaModulusBits(const QByteArray &der);

} // namespace mailtide::selfcheck
