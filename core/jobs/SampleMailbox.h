#pragma once
/** @short The sample mailbox: the SpamAssassin public corpus (2002-2003, 6,046 messages),
 *  unpacked by installer/fetch-sample.sh and imported as a read-only local account. */
#include <QString>

namespace mailtide::jobs {

/** The account name the sample is imported under. */
QString sampleAccountName();

/** The unpacked sample's folder, or an empty string when it is not installed. Looks at, in
 *  order: `override`, $MAILTIDE_SAMPLE_DIR, the build tree, the install prefix's share/mailtide. */
QString findSampleDir(const QString &override = {});

/** A sentence telling the user how to install the sample. */
QString sampleMissingHelp();

} // namespace mailtide::jobs
