/** What widget-script.ts writes in when it serves /widget.js (the type is buurtfeed-feed.js's WidgetText). */
declare const WIDGET_TEXT: WidgetText
