// render_icon: build-time tool that renders the SVG application icon to square PNGs (render_icon SVG SIZE OUT.png).

#include <QColor>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char *argv[])
{
    // The build machine has no display; the tool draws into an image only.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    bool sizeOk = false;
    const int size = args.value(2).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size < 1 || size > 4096) {
        std::fputs("usage: render_icon SVG SIZE OUT.png\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render_icon: cannot read %s as SVG\n", qUtf8Printable(args.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    // No text chunks (creation time, software): the same SVG gives byte-identical PNGs on every build.
    if (!image.save(args.at(3), "PNG", 9)) {
        std::fprintf(stderr, "render_icon: cannot write %s\n", qUtf8Printable(args.at(3)));
        return 1;
    }
    return 0;
}
