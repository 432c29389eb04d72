/**
 * The archive's Citation Style Language (CSL 1.0.2) style for the citation shown on an article
 * page: a Chicago (notes and bibliography) bibliography entry for a news article with no named
 * author, as it is cited from an archive. citeproc formats it, so punctuation, quotes and italics
 * follow the CSL rules rather than a hand-made template: “Title.” *Source*, April 17, 2023.
 * Machine translation from Chinese. Liaoning News Archive. https://….
 */
export const CHICAGO_STYLE_ID = 'liaoning-news-archive-chicago';

export const CHICAGO_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="en-US">
  <info>
    <title>Liaoning News Archive: Chicago bibliography entry for an archived news article</title>
    <id>${CHICAGO_STYLE_ID}</id>
    <updated>2026-12-01T00:00:00+00:00</updated>
  </info>
  <citation>
    <layout>
      <text variable="title" quotes="true"/>
    </layout>
  </citation>
  <bibliography>
    <layout suffix=".">
      <group delimiter=". ">
        <group delimiter=" ">
          <text variable="title" quotes="true" suffix="."/>
          <group delimiter=", ">
            <text variable="container-title" font-style="italic"/>
            <date variable="issued" form="text" date-parts="year-month-day"/>
          </group>
        </group>
        <text variable="note"/>
        <text variable="archive"/>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>`;
