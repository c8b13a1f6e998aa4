// render-icon: renders a scalable SVG icon to square PNGs of the requested pixel sizes, so the
// hicolor PNGs are generated from resources/icons/nbapply.svg at build time with Qt alone (no
// librsvg dependency).
// Usage: render-icon SOURCE.svg OUTPUT_DIR NAME SIZE...
// writes OUTPUT_DIR/SIZExSIZE/apps/NAME.png for each size (OUTPUT_DIR is laid out like hicolor).
// Exit codes: 0 written, 1 render or write failure, 2 bad usage.
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace
{

int fail(const QString &message, int code)
{
    std::fputs(qPrintable(QStringLiteral("render-icon: %1\n").arg(message)), stderr);
    return code;
}

// True when at least one pixel is not fully transparent: a blank PNG means the SVG did not render.
bool hasVisiblePixels(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) != 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() < 4)
        return fail(QStringLiteral("usage: render-icon SOURCE.svg OUTPUT_DIR NAME SIZE..."), 2);

    QSvgRenderer renderer(arguments.at(0));
    if (!renderer.isValid())
        return fail(QStringLiteral("%1 is not a valid SVG").arg(arguments.at(0)), 1);
    const QDir outputDir(arguments.at(1));
    const QString &name = arguments.at(2);

    for (const QString &sizeText : arguments.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QStringLiteral("%1 is not a pixel size between 1 and 4096").arg(sizeText), 2);

        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        if (!hasVisiblePixels(image))
            return fail(QStringLiteral("the %1 px rendering is empty").arg(size), 1);

        const QString folder = QStringLiteral("%1x%1/apps").arg(size);
        if (!outputDir.mkpath(folder))
            return fail(QStringLiteral("cannot create %1").arg(outputDir.filePath(folder)), 1);
        const QString path = outputDir.filePath(folder + u'/' + name + QStringLiteral(".png"));
        if (!image.save(path, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(path), 1);
    }
    return 0;
}
