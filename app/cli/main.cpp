#include "Cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mailtide"));
    QCoreApplication::setApplicationName(QStringLiteral("Mailtide"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILTIDE_VERSION));
    // Mailtide's debug logging is opt-in (QT_LOGGING_RULES="mailtide.*.debug=true").
    QLoggingCategory::setFilterRules(QStringLiteral("mailtide.*.debug=false"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("mailtide"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return mailtide::cli::run(QCoreApplication::arguments(), out, err);
}
