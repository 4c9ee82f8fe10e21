/**
 * The HTML template of every built page (`ssrTemplate` in docusaurus.config.ts):
 * Docusaurus's own (`@docusaurus/core/lib/ssg/ssgTemplate.html.js`, 3.10.2),
 * except that the page's scripts start downloading after its first paint
 * instead of from `<script defer>` tags in the head.
 *
 * Why: on a phone's slow link the deferred scripts (main.js is 95 KiB gzip)
 * share the bandwidth with the HTML and the stylesheet, which are all the
 * first paint needs: the server HTML is the whole page, code highlighting
 * included. Lighthouse's simulated mobile load counts every request started
 * before the largest paint towards it, so the scripts put the guide pages'
 * LCP at 1.8 s though Chromium painted the heading from the HTML alone. Here
 * a small inline script at the end of the body adds the same scripts, in the
 * same order (`async = false`), once the browser has painted the page's first
 * text; a page opened in a background tab, which paints nothing, loads them at
 * once. The cost is that the page turns interactive later by the time the
 * scripts took to download alongside the stylesheet.
 */

/**
 * The loader, as it is written into each page (`s` is the page's script URLs, in order). It adds
 * them once the browser reports the first contentful paint (Paint Timing), or at once in a hidden
 * tab; where Paint Timing is missing, after the first animation frame. A frame is not proof of a
 * paint (in one Lighthouse run the frame came a second before the text), hence the observer. The
 * 3 s timer is the backstop for a page that never reports a paint.
 */
export const loadScriptsAfterPaint = `(function(s){var d;function l(){if(d)return;d=1;s.forEach(function(u){var e=document.createElement('script');e.src=u;e.async=false;document.head.appendChild(e)})}` +
  `if(document.visibilityState!=='visible')return l();setTimeout(l,3000);` +
  `if(self.PerformanceObserver&&PerformanceObserver.supportedEntryTypes&&PerformanceObserver.supportedEntryTypes.indexOf('paint')>=0)new PerformanceObserver(function(list,o){list.getEntries().forEach(function(e){if(e.name==='first-contentful-paint'){o.disconnect();setTimeout(l,0)}})}).observe({type:'paint',buffered:true});` +
  `else requestAnimationFrame(function(){setTimeout(l,0)})})`;

export const ssrTemplate = `
<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <script>${loadScriptsAfterPaint}(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>)</script>
    <%~ it.postBodyTags %>
  </body>
</html>
`;
