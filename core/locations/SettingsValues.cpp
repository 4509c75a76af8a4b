#include "core/locations/SettingsValues.h"

#include <QMutex>
#include <QSet>

#include <cstdio>

namespace tempscope::settings {

namespace {

QString fullKey(const QSettings &s, const QString &key)
{
    return s.group().isEmpty() ? key : s.group() + u'/' + key;
}

} // namespace

void reportBad(const QSettings &s, const QString &key, const QString &why)
{
    static QMutex mutex;
    static QSet<QString> reported;
    const QString where = s.fileName() + u'\n' + fullKey(s, key);
    {
        const QMutexLocker lock(&mutex);
        if (reported.contains(where))
            return;
        reported.insert(where);
    }
    const QByteArray line = QStringLiteral("tempscope: settings: %1: %2: %3; ignored\n")
                                .arg(s.fileName(), fullKey(s, key), why)
                                .toUtf8();
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
    std::fflush(stderr);
}

std::optional<QString> text(const QSettings &s, const QString &key, qsizetype maxLength)
{
    if (!s.contains(key))
        return std::nullopt;
    const QVariant v = s.value(key);
    if (v.typeId() != QMetaType::QString) {
        reportBad(s, key, QStringLiteral("not a text (%1)").arg(QString::fromLatin1(v.typeName())));
        return std::nullopt;
    }
    QString value = v.toString();
    if (value.size() > maxLength) {
        reportBad(s, key,
                  QStringLiteral("%1 characters, more than %2").arg(value.size()).arg(maxLength));
        return std::nullopt;
    }
    return value;
}

std::optional<QStringList> textList(const QSettings &s, const QString &key, qsizetype maxItems,
                                    qsizetype maxLength)
{
    if (!s.contains(key))
        return std::nullopt;
    const QVariant v = s.value(key);
    QStringList list;
    if (!v.isValid()) {
        // QSettings writes an empty list as @Invalid().
    } else if (v.typeId() == QMetaType::QString) {
        list.append(v.toString());
    } else if (v.typeId() == QMetaType::QStringList) {
        list = v.toStringList();
    } else if (v.typeId() == QMetaType::QVariantList) {
        for (const QVariant &e : v.toList()) {
            if (e.typeId() != QMetaType::QString) {
                reportBad(s, key, QStringLiteral("an entry is not a text"));
                return std::nullopt;
            }
            list.append(e.toString());
        }
    } else {
        reportBad(
            s, key,
            QStringLiteral("not a list of texts (%1)").arg(QString::fromLatin1(v.typeName())));
        return std::nullopt;
    }
    if (list.size() > maxItems) {
        reportBad(s, key,
                  QStringLiteral("%1 entries, more than %2").arg(list.size()).arg(maxItems));
        return std::nullopt;
    }
    for (const QString &e : std::as_const(list)) {
        if (e.size() > maxLength) {
            reportBad(s, key,
                      QStringLiteral("an entry of %1 characters, more than %2")
                          .arg(e.size())
                          .arg(maxLength));
            return std::nullopt;
        }
    }
    return list;
}

std::optional<int> integer(const QSettings &s, const QString &key, int min, int max)
{
    if (!s.contains(key))
        return std::nullopt;
    const QVariant v = s.value(key);
    bool ok = false;
    qlonglong n = 0;
    QString shown;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        n = v.toLongLong(&ok);
        shown = v.toString();
        break;
    case QMetaType::QString:
        shown = v.toString().left(32);
        if (v.toString().size() <= 32)
            n = v.toString().trimmed().toLongLong(&ok);
        break;
    default:
        shown = QString::fromLatin1(v.typeName());
        break;
    }
    if (!ok || n < min || n > max) {
        reportBad(s, key,
                  QStringLiteral("\"%1\" is not a number in %2..%3").arg(shown).arg(min).arg(max));
        return std::nullopt;
    }
    return int(n);
}

std::optional<bool> boolean(const QSettings &s, const QString &key)
{
    if (!s.contains(key))
        return std::nullopt;
    const QVariant v = s.value(key);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString t = v.typeId() == QMetaType::QString ? v.toString() : QString();
    if (t == u"true" || t == u"1")
        return true;
    if (t == u"false" || t == u"0")
        return false;
    reportBad(s, key, QStringLiteral("\"%1\" is neither true nor false").arg(t.left(32)));
    return std::nullopt;
}

std::optional<QByteArray> bytes(const QSettings &s, const QString &key, qsizetype maxSize)
{
    if (!s.contains(key))
        return std::nullopt;
    const QVariant v = s.value(key);
    if (v.typeId() != QMetaType::QByteArray) {
        reportBad(s, key,
                  QStringLiteral("not binary data (%1)").arg(QString::fromLatin1(v.typeName())));
        return std::nullopt;
    }
    QByteArray b = v.toByteArray();
    if (b.size() > maxSize) {
        reportBad(s, key, QStringLiteral("%1 bytes, more than %2").arg(b.size()).arg(maxSize));
        return std::nullopt;
    }
    return b;
}

} // namespace tempscope::settings
