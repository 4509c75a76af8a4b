#pragma once
// Random tokens judged across a root: the names one generator makes share a
// stem, a fixed-length token and a tail ("report-" + 8 random characters +
// ".pdf"). One name alone cannot tell "job-abcdef" from a word; a dozen
// names with the same stem and tail whose token varies the way random
// characters do can. Part of PrefixFamilies::keysFor().

#include <QList>
#include <QString>

namespace tempscope {

// For names[which[k]]: the family key "stem*tail" of the largest group of
// names it shares a random-looking token with, or an empty string when it
// shares none. Linear in the names (a few candidates each).
QList<QString> randomTokenKeys(const QList<QString> &names, const QList<qsizetype> &which);

} // namespace tempscope
