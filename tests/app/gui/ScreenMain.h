#pragma once
// A test main() for widget tests that depend on the screen's size: the
// offscreen platform is given one screen of the size named (its default is
// 800×600, smaller than any desktop), through its JSON configuration file.
//
//   TEMPSCOPE_SCREEN_TEST_MAIN(LayoutTest, 1920, 1080)

#include <QApplication>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTest>

namespace tempscope::gui::test {

// Writes the configuration and points QT_QPA_PLATFORM at it, unless another
// platform than offscreen was chosen. Call before the QApplication exists.
inline void useOffscreenScreen(int width, int height)
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("offscreen"))
        return;
    const QString path =
        QDir::tempPath() +
        QStringLiteral("/tempscope-screen-%1.json").arg(QCoreApplication::applicationPid());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QStringLiteral(R"({"screens": [{"name": "test", "x": 0, "y": 0, "width": %1,
        "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                   .arg(width)
                   .arg(height)
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(path));
}

} // namespace tempscope::gui::test

#define TEMPSCOPE_SCREEN_TEST_MAIN(TestClass, width, height)                                       \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        tempscope::gui::test::useOffscreenScreen(width, height);                                   \
        QApplication app(argc, argv);                                                              \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
