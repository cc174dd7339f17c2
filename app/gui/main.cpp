// The mailtide GUI: the composition root. Parses the command line, installs translations and
// opens the main window; all the work is in ui/ and core/.
#include "MainWindow.h"
#include "jobs/StoreReader.h"
#include "net/Dns.h"
#include "store/Database.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

using namespace mailtide;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Mailtide's debug logging is opt-in (QT_LOGGING_RULES="mailtide.*.debug=true").
    QLoggingCategory::setFilterRules(QStringLiteral("mailtide.*.debug=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mailtide"));
    QCoreApplication::setApplicationName(QStringLiteral("Mailtide"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILTIDE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Mailtide"));
    jobs::registerMetaTypes();

    // Missing translations are not an error: the source strings are English.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("mailtide"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Mailbox hygiene and spam analysis."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "The database to use (default: %1).")
            .arg(store::Database::defaultPath()),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Open the sample mailbox on start."));
    const QCommandLineOption sampleOption(QStringLiteral("sample-dir"),
                                          QCoreApplication::translate("main", "Where the sample mailbox is."),
                                          QCoreApplication::translate("main", "dir"));
    parser.addOptions({dbOption, demoOption, sampleOption});
    parser.addPositionalArgument(
        QStringLiteral("paths"),
        QCoreApplication::translate("main", "Local mail to import: mbox, Maildir, .eml."),
        QStringLiteral("[paths...]"));
    parser.process(app);

    // The user's own resolver, if they chose one: every DNS query of Mailtide goes there.
    if (Status dns = net::applyDnsSetting(QSettings().value(QLatin1String(net::kDnsServerSettingKey)).toString()); !dns)
        qWarning("%s", qPrintable(dns.error().toString()));

    const QString db = parser.isSet(dbOption) ? parser.value(dbOption) : store::Database::defaultPath();
    ui::MainWindow window(db, parser.value(sampleOption));
    // A database that cannot be opened (corrupt, not a database, no permission) leaves nothing
    // to do: say so with the path and the reason, and exit with an error.
    QObject::connect(
        &window, &ui::MainWindow::storeUnavailable, &window, [&window, db](const QString &message) {
            QMessageBox::critical(
                &window, QCoreApplication::translate("main", "Mailtide"),
                QCoreApplication::translate("main", "Mailtide cannot open its database %1.\n\n%2\n\n"
                                                    "Move the file away, or start Mailtide with "
                                                    "--db and another file.")
                    .arg(db, message));
            QCoreApplication::exit(1);
        });
    window.show();

    if (parser.isSet(demoOption)) window.openSample();
    window.openPaths(parser.positionalArguments());
    return app.exec();
}
