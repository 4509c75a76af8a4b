#pragma once
// Prefix families: grouping temp names by the program that made them.
//
// A name is split into stem, random token and suffix; the family key is
// "stem*suffix": upload_k2j3h4g5.csv -> upload_*.csv, tmpab3_x9zq -> tmp*,
// qt_temp.AbCdEf -> qt_temp.*, systemd-private-<hex>-<unit>-<rand> ->
// systemd-private-*. A name with no random part is a family of its own.
//
// Users can declare families explicitly (an application's own prefix); those
// win, then the catalogue of known temp files (core/catalogue), then
// inference. keysFor() infers for all names of a root at once: a token is
// random when the names sharing its stem and suffix vary there the way
// generated names do (job-abcdef and job-a1b2c3 are one family), which one
// name alone cannot show. Thread-safe for concurrent reads once configured.

#include <QList>
#include <QString>

namespace tempscope {

class Catalogue;

class PrefixFamilies
{
public:
    // With the built-in catalogue.
    PrefixFamilies();
    // The catalogue whose entries' families win over inference (null: none);
    // it must outlive this object.
    void setCatalogue(const Catalogue *catalogue) { m_catalogue = catalogue; }

    // Inference only: what the name looks like.
    static QString inferKey(QStringView name);
    // Where a name's suffix (up to two extensions: ".csv", ".tar.gz") starts;
    // name.size() when it has none.
    static qsizetype suffixStart(QStringView name);

    // A user family: a prefix ("myapp-") or a glob ("myapp-*.log"); a plain
    // prefix P means the family "P*".
    void addUserFamily(const QString &prefixOrGlob);
    // The family key a user family gets: "myapp-" -> "myapp-*"; a glob as is.
    static QString userFamilyKey(const QString &prefixOrGlob);
    // Why this cannot be a user family (one sentence), or empty when it can.
    static QString userFamilyError(QStringView prefixOrGlob);
    const QList<QString> &userFamilies() const { return m_userKeys; }

    // One name: user families, the catalogue, then inferKey().
    QString keyFor(QStringView name) const;
    // All names of one root (result[i] for names[i]): as keyFor(), with
    // random tokens judged across the names that share stem and suffix.
    QList<QString> keysFor(const QList<QString> &names) const;

    // Glob matching as families and rules use it: '*' any run, '?' one
    // character, '[...]' a set; no special meaning for '/'.
    static bool globMatch(QStringView glob, QStringView name);

private:
    // A user family's or the catalogue's key, or empty.
    QString declaredKey(QStringView name) const;

    QList<QString> m_userKeys;
    const Catalogue *m_catalogue = nullptr;
};

} // namespace tempscope
