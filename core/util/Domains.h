#pragma once
#include <QString>

namespace mailtide::util {

/** Registrable domain (eTLD+1) of a host name, via libpsl, lower-cased.
 *  "mail.example.co.uk" -> "example.co.uk". Empty for an IP literal, an empty host or a bare
 *  public suffix. Thread-safe. */
QString registrableDomain(const QString &host);

/** The domain part of an address ("a@B.example" -> "b.example"), lower-cased; empty when none. */
QString domainOf(const QString &address);

} // namespace mailtide::util
