#pragma once
// Prefix families: grouping temp names by the program that made them.
//
// A name is split into stem, random token and suffix; the family key is
// "stem*suffix": upload_k2j3h4g5.csv -> upload_*.csv, tmpab3_x9zq -> tmp*,
// qt_temp.AbCdEf -> qt_temp.*, systemd-private-<hex>-<unit>-<rand> ->
// systemd-private-*. A name with no random part is a family of its own.
//
// Users can declare families explicitly (an application's own prefix); those
// win over inference. Thread-safe for concurrent reads once configured.

#include <QList>
#include <QString>

namespace tempscope {

class PrefixFamilies
{
public:
    // Inference only: what the name looks like.
    static QString inferKey(QStringView name);

    // A user family: a prefix ("myapp-") or a glob ("myapp-*.log"); a plain
    // prefix P means the family "P*".
    void addUserFamily(const QString &prefixOrGlob);
    // The family key a user family gets: "myapp-" -> "myapp-*"; a glob as is.
    static QString userFamilyKey(const QString &prefixOrGlob);
    // Why this cannot be a user family (one sentence), or empty when it can.
    static QString userFamilyError(QStringView prefixOrGlob);
    const QList<QString> &userFamilies() const { return m_userKeys; }

    QString keyFor(QStringView name) const;

    // Glob matching as families and rules use it: '*' any run, '?' one
    // character, '[...]' a set; no special meaning for '/'.
    static bool globMatch(QStringView glob, QStringView name);

private:
    QList<QString> m_userKeys;
};

} // namespace tempscope
