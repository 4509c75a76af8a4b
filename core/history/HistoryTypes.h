#pragma once
// What the history database holds, as plain values: a snapshot (per root,
// per prefix family: item count, bytes, stale bytes, oldest and newest age;
// per root the free space of its volume) and the series read back from it.

#include <QList>
#include <QString>

namespace tempscope {

struct FamilySample
{
    QString family; // the family key (PrefixFamilies), lossless
    quint64 count = 0;
    quint64 bytes = 0;
    quint64 staleBytes = 0;
    qint64 oldestAgeSeconds = 0; // age of the family's oldest item
    qint64 newestAgeSeconds = 0;
};

struct RootSample
{
    QString root;           // the root's path, lossless
    qint64 volumeFree = -1; // bytes available to the user; -1 unknown
    qint64 volumeTotal = -1;
    quint64 count = 0; // items in the root
    quint64 bytes = 0;
    QList<FamilySample> families;
};

struct Snapshot
{
    qint64 takenAt = 0;           // Unix seconds (UTC)
    qint64 staleAfterSeconds = 0; // the threshold stale bytes were judged by; 0: none
    QList<RootSample> roots;
};

struct SeriesPoint
{
    qint64 time = 0; // Unix seconds
    quint64 count = 0;
    quint64 bytes = 0;
    quint64 staleBytes = 0;
};

// One family in one root over time, oldest first.
struct FamilySeries
{
    QString family;
    QString root;
    QList<SeriesPoint> points;
};

// One root's totals and free space over time, oldest first.
struct RootPoint
{
    qint64 time = 0;
    quint64 count = 0;
    quint64 bytes = 0;
    qint64 volumeFree = -1;
};

struct RootSeries
{
    QString root;
    QList<RootPoint> points;
};

} // namespace tempscope
