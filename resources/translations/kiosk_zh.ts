<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClimateChart</name>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="191"/>
        <source>%1: high %2, low %3, rain %4</source>
        <translation>%1：最高 %2，最低 %3，降水 %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="208"/>
        <source>mm</source>
        <translation>毫米</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="340"/>
        <source>Monthly climate chart</source>
        <translation>逐月气候图</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="342"/>
        <source>Use the arrow keys to hear each month&apos;s figures.</source>
        <translation>使用方向键逐月收听各项数据。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="458"/>
        <source>Temperature (°F)</source>
        <translation>气温（°F）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="458"/>
        <source>Temperature (°C)</source>
        <translation>气温（°C）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="459"/>
        <source>Rain (mm)</source>
        <translation>降水（毫米）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="523"/>
        <source>Band: average daily high and low</source>
        <translation>色带：日平均最高与最低气温</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="524"/>
        <source>Bars: rain in the month</source>
        <translation>柱：当月降水量</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="655"/>
        <source>Tap a month to see its figures</source>
        <translation>点击月份查看数据</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="666"/>
        <source>High %1</source>
        <translation>最高 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="667"/>
        <source>Low %1</source>
        <translation>最低 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="668"/>
        <source>Rain %1</source>
        <translation>降水 %1</translation>
    </message>
</context>
<context>
    <name>ClimateTable</name>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="75"/>
        <source>Monthly climate figures</source>
        <translation>逐月气候数据</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="77"/>
        <source>Average daily high and low temperature and rain for each month.</source>
        <translation>每月的日平均最高、最低气温和降水量。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="93"/>
        <source>%1
high (%2)</source>
        <translation>%1
最高（%2）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="94"/>
        <source>%1
low (%2)</source>
        <translation>%1
最低（%2）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="95"/>
        <source>%1
rain (mm)</source>
        <translation>%1
降水（毫米）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="108"/>
        <source>mm</source>
        <translation>毫米</translation>
    </message>
</context>
<context>
    <name>ClimateView</name>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="93"/>
        <source>%1 rainfall</source>
        <translation>%1降水</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="98"/>
        <source>Show degrees Celsius</source>
        <translation>以摄氏度显示</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="99"/>
        <source>Show degrees Fahrenheit</source>
        <translation>以华氏度显示</translation>
    </message>
</context>
<context>
    <name>IndustryDetail</name>
    <message>
        <location filename="../../kiosk/ui/widgets/industry_detail.py" line="93"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/industry_detail.py" line="94"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/industry_detail.py" line="95"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="62"/>
        <location filename="../../kiosk/ui/main_window.py" line="129"/>
        <source>Sister-City Kiosk</source>
        <translation>友好城市信息屏</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="162"/>
        <source>Pakistan</source>
        <translation>巴基斯坦</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="162"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="149"/>
        <source>Arabian Sea</source>
        <translation>阿拉伯海</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="153"/>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="174"/>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="186"/>
        <source>Same time as %1</source>
        <translation>与%1时间相同</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="189"/>
        <source>%1 is %2 h %3 min ahead</source>
        <translation>%1时间快 %2 小时 %3 分钟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="189"/>
        <source>%1 is %2 h %3 min behind</source>
        <translation>%1时间慢 %2 小时 %3 分钟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="192"/>
        <source>%1 is 1 hour ahead</source>
        <translation>%1时间快 1 小时</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="192"/>
        <source>%1 is 1 hour behind</source>
        <translation>%1时间慢 1 小时</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="194"/>
        <source>%1 is %2 hours ahead</source>
        <translation>%1时间快 %2 小时</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="194"/>
        <source>%1 is %2 hours behind</source>
        <translation>%1时间慢 %2 小时</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="200"/>
        <source>Map of %1 and %2</source>
        <translation>%1和%2地图</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="94"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="95"/>
        <source>Climate</source>
        <translation>气候</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="96"/>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="97"/>
        <source>Timeline</source>
        <translation>交往历程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="102"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../kiosk/ui/formatting.py" line="39"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/formatting.py" line="40"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>StoryCard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/story_card.py" line="145"/>
        <source>%1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/story_card.py" line="289"/>
        <source>Previous event</source>
        <translation>上一事件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/story_card.py" line="290"/>
        <source>Next event</source>
        <translation>下一事件</translation>
    </message>
</context>
</TS>
