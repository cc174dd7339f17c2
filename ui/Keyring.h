#pragma once
/** @short Account passwords in the system keyring (Secret Service / KWallet, via QtKeychain).
 *
 * Asynchronous (D-Bus): each call returns at once and answers on the GUI thread. Where no keyring
 * runs (a headless machine, some minimal desktops) every call fails with QtKeychain's reason; the
 * caller then says so and offers a password command — a password is never written in plain text. */
#include <QObject>
#include <QString>

#include <functional>

namespace mailtide::ui {

class Keyring : public QObject
{
    Q_OBJECT
public:
    using ReadFn = std::function<void(bool ok, const QByteArray &password, const QString &error)>;
    using WriteFn = std::function<void(bool ok, const QString &error)>;

    explicit Keyring(QObject *parent = nullptr) : QObject(parent) {}

    /** The key of an account's password: "imap:user@host:port". */
    static QString keyFor(const QString &user, const QString &host, int port);

    void read(const QString &key, ReadFn done);
    void write(const QString &key, const QByteArray &password, WriteFn done);
    void remove(const QString &key);
};

} // namespace mailtide::ui
