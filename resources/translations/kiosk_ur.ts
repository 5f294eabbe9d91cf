<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>ClimateChart</name>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="191"/>
        <source>%1: high %2, low %3, rain %4</source>
        <translation>%1: زیادہ سے زیادہ %2، کم سے کم %3، بارش %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="208"/>
        <source>mm</source>
        <translation>ملی میٹر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="340"/>
        <source>Monthly climate chart</source>
        <translation>ماہانہ موسمی چارٹ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="342"/>
        <source>Use the arrow keys to hear each month&apos;s figures.</source>
        <translation>ہر مہینے کے اعداد و شمار سننے کے لیے تیر والی کلیدیں استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="458"/>
        <source>Temperature (°F)</source>
        <translation>درجۂ حرارت (°F)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="458"/>
        <source>Temperature (°C)</source>
        <translation>درجۂ حرارت (°C)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="459"/>
        <source>Rain (mm)</source>
        <translation>بارش (ملی میٹر)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="523"/>
        <source>Band: average daily high and low</source>
        <translation>پٹی: اوسط یومیہ زیادہ سے زیادہ اور کم سے کم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="524"/>
        <source>Bars: rain in the month</source>
        <translation>ستون: مہینے کی بارش</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="655"/>
        <source>Tap a month to see its figures</source>
        <translation>اعداد و شمار دیکھنے کے لیے کسی مہینے کو چھوئیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="666"/>
        <source>High %1</source>
        <translation>زیادہ سے زیادہ %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="667"/>
        <source>Low %1</source>
        <translation>کم سے کم %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="668"/>
        <source>Rain %1</source>
        <translation>بارش %1</translation>
    </message>
</context>
<context>
    <name>ClimateTable</name>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="75"/>
        <source>Monthly climate figures</source>
        <translation>ماہانہ موسمی اعداد و شمار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="77"/>
        <source>Average daily high and low temperature and rain for each month.</source>
        <translation>ہر مہینے کا اوسط یومیہ زیادہ سے زیادہ اور کم سے کم درجۂ حرارت اور بارش۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="93"/>
        <source>%1
high (%2)</source>
        <translation>%1
زیادہ سے زیادہ (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="94"/>
        <source>%1
low (%2)</source>
        <translation>%1
کم سے کم (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="95"/>
        <source>%1
rain (mm)</source>
        <translation>%1
بارش (ملی میٹر)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="108"/>
        <source>mm</source>
        <translation>ملی میٹر</translation>
    </message>
</context>
<context>
    <name>ClimateView</name>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="93"/>
        <source>%1 rainfall</source>
        <translation>%1 کی بارش</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="98"/>
        <source>Show degrees Celsius</source>
        <translation>سیلسیس میں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="99"/>
        <source>Show degrees Fahrenheit</source>
        <translation>فارن ہائیٹ میں دکھائیں</translation>
    </message>
</context>
<context>
    <name>IndustryDetail</name>
    <message>
        <location filename="../../kiosk/ui/widgets/industry_detail.py" line="93"/>
        <source>Previous</source>
        <translation>پچھلا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/industry_detail.py" line="94"/>
        <source>Next</source>
        <translation>اگلا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/industry_detail.py" line="95"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="62"/>
        <location filename="../../kiosk/ui/main_window.py" line="129"/>
        <source>Sister-City Kiosk</source>
        <translation>جڑواں شہر کیوسک</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="162"/>
        <source>Pakistan</source>
        <translation>پاکستان</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="162"/>
        <source>China</source>
        <translation>چین</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="149"/>
        <source>Arabian Sea</source>
        <translation>بحیرۂ عرب</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="153"/>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="174"/>
        <source>%1 km</source>
        <translation>%1 کلومیٹر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="186"/>
        <source>Same time as %1</source>
        <translation>%1 کے وقت کے برابر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="189"/>
        <source>%1 is %2 h %3 min ahead</source>
        <translation>%1 کا وقت %2 گھنٹے %3 منٹ آگے ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="189"/>
        <source>%1 is %2 h %3 min behind</source>
        <translation>%1 کا وقت %2 گھنٹے %3 منٹ پیچھے ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="192"/>
        <source>%1 is 1 hour ahead</source>
        <translation>%1 کا وقت ایک گھنٹہ آگے ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="192"/>
        <source>%1 is 1 hour behind</source>
        <translation>%1 کا وقت ایک گھنٹہ پیچھے ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="194"/>
        <source>%1 is %2 hours ahead</source>
        <translation>%1 کا وقت %2 گھنٹے آگے ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="194"/>
        <source>%1 is %2 hours behind</source>
        <translation>%1 کا وقت %2 گھنٹے پیچھے ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="200"/>
        <source>Map of %1 and %2</source>
        <translation>%1 اور %2 کا نقشہ</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="94"/>
        <source>Overview</source>
        <translation>تعارف</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="95"/>
        <source>Climate</source>
        <translation>موسم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="96"/>
        <source>Industries</source>
        <translation>صنعتیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="97"/>
        <source>Timeline</source>
        <translation>روابط کا سفر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="102"/>
        <source>Navigation</source>
        <translation>رہنمائی</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../kiosk/ui/formatting.py" line="39"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/formatting.py" line="40"/>
        <source>Source: %1</source>
        <translation>ماخذ: %1</translation>
    </message>
</context>
<context>
    <name>StoryCard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/story_card.py" line="145"/>
        <source>%1 of %2</source>
        <translation>%2 میں سے %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/story_card.py" line="289"/>
        <source>Previous event</source>
        <translation>پچھلا واقعہ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/story_card.py" line="290"/>
        <source>Next event</source>
        <translation>اگلا واقعہ</translation>
    </message>
</context>
</TS>
