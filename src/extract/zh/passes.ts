import { relationOptions, runRelationPasses, type MentionPass, type NestedPass, type RelationPass } from '../passes';
import { withFinanceMentions } from '../finance';
import { extractRelations, postEmployers, postsBeforeNames, withNamedParents } from '../relations';
import { withAnaphorLinks } from '../relations/anaphors';
import { withBareBodiesNamed } from '../relations/bare-bodies';
import { describedPlaces } from '../relations/described-places';
import { LINK_MODEL, linkModelPass } from '../relations/link-model';
import { officialPosts } from '../relations/official-posts';
import { withinRollItems } from '../relations/roll-items';
import { signingParties } from '../relations/signing-parties';
import { withRollPosts } from '../relations/roll-posts';
import { statedHoldings } from '../relations/stated-holdings';
import { statedSupplies } from '../relations/stated-supplies';
import { listedRivals } from '../relations/listed-rivals';
import { placedInvestments } from '../relations/placed-investments';
import { zoneCommittees } from '../relations/zone-committees';
import type { PairModel } from '../relations/pair-model';
import { withoutBareAcronyms } from './acronyms';
import { withoutLatinVocabulary } from './latin-words';
import { withBylineNames } from './bylines';
import { unifiedTypes, withRepeatedNames, withShortForms } from './consistency';
import { withCountryNames } from './countries';
import { withCountryLists } from './country-lists';
import { completeLists } from './lists';
import { withPersonExtents } from './person-extents';
import { withPersonLists } from './person-lists';
import { withoutBodyOrgans } from './body-organs';
import { withPlaceChainsSplit } from './place-chains';
import { withPlaceLedNames } from './place-led-names';
import { withKindNamedPlaces } from './kind-named-places';
import { refineMentions } from './refine';
import { withFramedNames } from './framed-names';
import { withRegisteredNames } from './registered';
import { withTitledPeople } from './titled-people';
import { withBracketedOriginals } from './bracketed-originals';
import { withPostRolls } from './post-rolls';
import { withLatinPeople } from './latin-people';
import { withTrimmedNames } from './trimmed-names';
import { withWholeReadings } from './whole-readings';
import { withoutWordPieces } from './word-pieces';
import { withoutGenericDescriptions } from './generic-descriptions';
import { withoutBuiltWorks } from './built-works';
import { withoutMarketPieces } from './market-pieces';
import { withoutTransportLines } from './transport-lines';
import { withOutlets } from './outlets';
import { withoutProductLists } from './product-lists';
import { MENTION_MODEL, verifyMentions, type GroupReader } from './mention-verifier';

/**
 * The Chinese passes, in the order they run. A mention or relation a pass makes or changes carries
 * the id of the rule inside it (refine:zone-ending, short-form …); `wutong extract --rules` shows them.
 */

/** After the tagger, on what it read: the Chinese extractor's own output (the rules method skips these). */
export const TAGGER_PASSES: readonly MentionPass[] = [
  {
    id: 'finance-one-character',
    doc: 'Finance news names every company by two characters or more: a one-character mention there is a piece of a word.',
    when: (ctx) => ctx.style === 'finance',
    run: (_ctx, mentions) => mentions.filter((m) => [...m.text].length > 1),
  },
  { id: 'refine', doc: 'Lexicon rules on each span: zones, hometown associations, registered names, departments, brackets (refine:*).', run: (ctx, mentions) => refineMentions(ctx.text, mentions, ctx.words) },
  { id: 'registered-names', doc: 'A registered name the tagger cut at its bracketed place (南湾电子(长沙)有限公司) is one name again.', run: (ctx, mentions) => withRegisteredNames(ctx.text, mentions) },
  { id: 'country-names', doc: 'Countries the tagger left out: in a list with a place, or anywhere in print news.', run: (ctx, mentions) => withCountryNames(ctx.text, mentions, ctx.style === 'print', ctx.words) },
  { id: 'byline-names', doc: 'The reporters a byline names.', run: (ctx, mentions) => withBylineNames(ctx.text, mentions) },
  {
    id: 'transport-lines',
    doc: 'A railway\'s or road\'s name made of the places it joins (沪宁线, 甬台高铁) is no entity in regional business news; before lists, so that no list of lines is completed as firms.',
    when: (ctx) => ctx.style === 'news',
    run: (ctx, mentions) => withoutTransportLines(ctx.text, mentions),
  },
  { id: 'lists', doc: 'An untagged item of a 、-list takes the type of the organisation beside it.', run: (ctx, mentions) => completeLists(ctx.text, mentions, ctx.words) },
];

/**
 * Over the whole article, once every mention of it is read: what the default extractor adds to the
 * Chinese extractor's. The name-shape passes of regional business news skip finance news, which names
 * every firm by a short form in one-sentence items (FinRE: cutting 某某确认 back lost 1.6 points of names).
 */
export const ARTICLE_PASSES: readonly MentionPass[] = [
  { id: 'finance-names', doc: 'Business news names listed companies by short forms the tagger misses: a lexicon and name shapes add them.', run: (ctx, mentions) => withFinanceMentions(ctx.text, mentions, ctx.words, { regionalNews: ctx.style === 'news' }) },
  {
    id: 'word-pieces',
    doc: 'A one-character place or person that is a piece of a word or of an unknown name (闽 of 闽南) is dropped in regional business news.',
    when: (ctx) => ctx.style === 'news',
    run: (ctx, mentions) => withoutWordPieces(ctx.text, mentions, ctx.words),
  },
  {
    id: 'generic-descriptions',
    doc: 'A firm\'s mention that only describes a firm (电力公司, 跨国制药企业, 五大集团) is no entity in regional business news.',
    when: (ctx) => ctx.style === 'news',
    run: (_ctx, mentions) => withoutGenericDescriptions(mentions),
  },
  {
    id: 'built-works',
    doc: 'A bridge, sluice, pumping station, dyke or tunnel the tagger read as a firm (某某大桥, 某某泵站) is no entity in regional business news.',
    when: (ctx) => ctx.style === 'news',
    run: (_ctx, mentions) => withoutBuiltWorks(mentions),
  },
  {
    id: 'market-pieces',
    doc: 'A firm read right before the head of an exchange\'s or an index\'s name (某某证券|交易所, 某某|工业平均指数) is a piece of that name, dropped in regional business news.',
    when: (ctx) => ctx.style === 'news',
    run: (ctx, mentions) => withoutMarketPieces(ctx.text, mentions),
  },
  {
    id: 'bare-acronyms',
    doc: 'A bare acronym (XQ-LCD, PET, a ticker) the article never frames as a firm is no firm in regional business news.',
    when: (ctx) => ctx.style === 'news',
    run: (ctx, mentions) => withoutBareAcronyms(ctx.text, mentions),
  },
  {
    id: 'latin-words',
    doc: 'An English word alone in Chinese text (oversize, get, Pro, Logo) is vocabulary, not a name, unless the article frames it as a firm.',
    run: (ctx, mentions) => withoutLatinVocabulary(ctx.text, mentions),
  },
  {
    id: 'place-led-names',
    doc: 'A name that opens with its place and closes with a body\'s, firm\'s or park\'s ending (某市北部科技园区), the tagger having kept the place alone, is one name.',
    when: (ctx) => ctx.style === 'news',
    run: (ctx, mentions) => withPlaceLedNames(ctx.text, mentions, ctx.words),
  },
  {
    id: 'kind-named-places',
    doc: 'A name jieba cuts into pieces before a natural feature\'s, settlement\'s or street\'s kind word (某某水库, 某某村, 某某大道) is a place the tagger left out.',
    when: (ctx) => ctx.style === 'news',
    run: (ctx, mentions) => withKindNamedPlaces(ctx.text, mentions, ctx.words),
  },
  {
    id: 'place-chains',
    doc: 'A place chain written together (台湾台南市, 新疆喀什地区疏勒县) is the places it names, each a place of its own; web news (CLUENER) marks an address whole.',
    when: (ctx) => ctx.style === 'news' || ctx.style === 'print',
    run: (_ctx, mentions) => withPlaceChainsSplit(mentions),
  },
  {
    id: 'body-organs',
    doc: 'A body\'s office or party group written onto its name (某局办公室, 某总社党组) is the body in regional news: its people work there, the organ is no entity (print news, MSRA\'s, names the organ whole).',
    when: (ctx) => ctx.style === 'news',
    run: (_ctx, mentions) => withoutBodyOrgans(mentions),
  },
  { id: 'trimmed-names', when: (ctx) => ctx.style !== 'finance', doc: 'A firm\'s name run on into the next word (华岳确认) or across 和 (华岳和青禾集团) is cut back to the names the article uses alone.', run: (ctx, mentions) => withTrimmedNames(ctx.text, mentions, ctx.words) },
  { id: 'titled-people', when: (ctx) => ctx.style !== 'finance', doc: 'A name right after a post (总裁某某) or before a word of address (某某先生) is a person, wherever else the tagger read a firm.', run: (ctx, mentions) => withTitledPeople(ctx.text, mentions) },
  {
    id: 'bracketed-originals',
    when: (ctx) => ctx.style !== 'finance',
    doc: 'A Latin name in brackets right after a Chinese name (某某(Jane Doe)) is its original and takes its type.',
    run: (ctx, mentions) => withBracketedOriginals(ctx.text, mentions),
  },
  {
    id: 'latin-people',
    when: (ctx) => ctx.style !== 'finance',
    doc: 'A Latin name the English tagger reads as a person\'s (Tim Reed), no word of it an English word, is a person where the tagger read a firm, and so is the Chinese name it is the bracketed original of.',
    run: (ctx, mentions) => withLatinPeople(ctx.text, mentions),
  },
  {
    id: 'post-rolls',
    when: (ctx) => ctx.style === 'news',
    doc: 'The names of a roll written after a post (总经理张三，县领导甲、乙出席), each closed by a mark, 等 or a verb, are people, whole (钱立 of 钱立刚).',
    run: (ctx, mentions) => withPostRolls(ctx.text, mentions, ctx.words),
  },
  { id: 'person-lists', doc: 'A roll the tagger read mostly as people is people throughout: the names in it it read as firms or skipped.', run: (ctx, mentions) => withPersonLists(ctx.text, mentions) },
  {
    id: 'outlets',
    when: (ctx) => ctx.style === 'news',
    doc: 'A newspaper or magazine in book marks before a word only an outlet has (《某某》杂志, 《某某》记者) is a firm (media are companies).',
    run: (ctx, mentions) => withOutlets(ctx.text, mentions),
  },
  { id: 'person-extents', doc: 'A person read alone in one sentence (邹明) and run on into the next word in another (邹明却) is the shorter name there too.', run: (ctx, mentions) => withPersonExtents(ctx.text, mentions) },
  { id: 'whole-readings', doc: 'A name read whole in one sentence is whole wherever the text writes it so and the tagger read a piece (青禾 of 青禾飞鸿).', run: (ctx, mentions) => withWholeReadings(ctx.text, mentions) },
  { id: 'unified-types', doc: 'One type per name across the article.', run: (_ctx, mentions) => unifiedTypes(mentions) },
  { id: 'person-lists-again', doc: 'A roll is read again once its names have their article-wide types (a donor the tagger read as a firm in one sentence, a person in another).', run: (ctx, mentions) => withPersonLists(ctx.text, mentions) },
  { id: 'short-forms', doc: 'A firm named in full is its short form elsewhere in the article (鸿晟精密股份有限公司 … 鸿晟精密).', run: (ctx, mentions) => withShortForms(ctx.text, mentions, ctx.words) },
  { id: 'repeated-names', doc: 'An organisation\'s name jieba reads as a proper name is that organisation wherever the tagger left it out.', run: (ctx, mentions) => withRepeatedNames(ctx.text, mentions, ctx.words) },
  { id: 'framed-names', when: (ctx) => ctx.style !== 'finance', doc: 'A coined firm name framed as one (before CEO and a name, quoted after 收购 or before 平台) is found wherever the article uses it.', run: (ctx, mentions) => withFramedNames(ctx.text, mentions, ctx.words) },
  {
    id: 'country-lists',
    when: (ctx) => ctx.style === 'news',
    doc: 'An enumeration of firms by country (芬兰X、Y，日本的A、B等) holding a firm the tagger read: every item is a firm.',
    run: (ctx, mentions) => withCountryLists(ctx.text, mentions, ctx.words),
  },
  { id: 'lists-again', doc: 'A list is read again once its names have their article-wide types (富创伟 framed as a firm elsewhere).', run: (ctx, mentions) => completeLists(ctx.text, mentions, ctx.words) },
  {
    id: 'product-lists',
    when: (ctx) => ctx.style === 'news',
    doc: 'A 、-list closed by 等 and a noun of products, fields or routes (甲、乙等车型, 航空、船舶等领域) names no firm: its items read as firms or bodies are dropped; last, after the lists are completed.',
    run: (ctx, mentions) => withoutProductLists(ctx.text, mentions),
  },
];

/**
 * Last over the names, once every pass has read them: the learnt mention verifier (`verifier`: the
 * trained one by default, a reader of held-out probabilities in its training, false to leave the names
 * as the passes read them — its training reads those).
 */
export function verifierPasses(verifier: GroupReader | false = MENTION_MODEL): readonly MentionPass[] {
  return [
    {
      id: 'mention-verifier',
      // It learnt regional business news (our annotations); the other styles name things by other conventions.
      doc: 'A model learnt from our annotations the tagger never saw reads each name (a surface and its type) and drops or retypes it where it is sure the tagger and passes erred (a generic word, a product, a body read as a firm).',
      when: (ctx) => verifier !== false && ctx.style === 'news',
      run: (ctx, mentions) => (verifier === false ? mentions : verifyMentions(ctx.text, ctx.words, mentions, verifier)),
    },
  ];
}

/**
 * The relation passes: the pattern table and pair model sentence by sentence, then the link model
 * (`links`: the trained one by default, false to leave the patterns' relations as proposed).
 */
export function relationPasses(links: PairModel | false = LINK_MODEL): readonly RelationPass[] {
  const passes: readonly RelationPass[] = [
    {
      id: 'sentence-relations',
      doc: 'Pattern rows, co-mentions and the pair model, sentence by sentence, with subjects carried across sentences.',
      run: (ctx, mentions) => extractRelations(ctx.text, mentions, 'zh', relationOptions(ctx)),
    },
    {
      id: 'link-model',
      // The model learnt the conventions of regional business news; finance news (FinRE's) names relations its own way.
      doc: 'The link model reads every pair the patterns proposed, last.',
      when: (ctx) => links !== false && ctx.style !== 'finance',
      run: (ctx, mentions, relations) => (links === false ? relations : linkModelPass(ctx.text, mentions, relations, links)),
    },
    {
      id: 'roll-items',
      doc: 'In a 、-roll of officials a WORKS_AT that crosses from one item to another, each naming its own body and person, falls back to a co-mention.',
      run: (ctx, mentions, relations) => withinRollItems(ctx.text, mentions, relations),
    },
    {
      id: 'signing-parties',
      doc: 'A SIGNED_WITH whose end is the venue (在V与Y签约), what the agreement is about (签署了X出资人协议), or outside the clause where the other end signs with a party of its own (…，X也与P签署协议) falls back to a co-mention; a signing the link model turned down that the clause states outright (A和B在某地正式签署协议) is brought back.',
      run: (ctx, mentions, relations) => signingParties(ctx.text, mentions, relations),
    },
    {
      id: 'roll-posts',
      doc: 'A roll at one body (某学院院长甲、副院长乙; 某集团董事长甲，总经理乙): an item writing a post alone before its name works at the body of the item before, not at one a later item names.',
      run: (ctx, mentions, relations) => withRollPosts(ctx.text, mentions, relations, ctx.sentences),
    },
    {
      id: 'stated-holdings',
      doc: 'Ownership and investment a structure states between two names (X全资子公司Y, X控股的Y, X投资的Y, Y是X的子公司), over the link model\'s co-mention.',
      run: (ctx, mentions, relations) => statedHoldings(ctx.text, mentions, relations, ctx.sentences),
    },
    {
      id: 'stated-supplies',
      doc: 'Who supplies whom by a structure: a supply agreement signed (A与B签订采购合同, 出口协议), beside the signing the link model kept; a purchase from a seller (X向Y采购, X从Y进口).',
      run: (ctx, mentions, relations) => statedSupplies(ctx.text, mentions, relations, ctx.sentences),
    },
    {
      id: 'listed-rivals',
      doc: 'A list of organisations closed by an idiom of rivalry among them (A、B、C三足鼎立, A与B形成双雄鼎立的局面): every member competes with every other.',
      run: (ctx, mentions, relations) => listedRivals(ctx.text, mentions, relations, ctx.sentences),
    },
    {
      id: 'described-places',
      doc: 'Where an organisation is, from a place and a kind noun written before its name (德国第三大钢厂X, A、B等苏州企业).',
      run: (ctx, mentions, relations) => describedPlaces(ctx.text, mentions, relations, ctx.sentences, ctx.words, ctx.published),
    },
    {
      id: 'placed-investments',
      doc: 'Investment into a place from the clause an organisation opens: X(将)在P + an investment verb (X在P投资50亿元), to the most specific place written.',
      run: (ctx, mentions, relations) => placedInvestments(ctx.text, mentions, relations, ctx.sentences, ctx.published),
    },
    {
      id: 'post-before-name',
      doc: 'A post written before a name (县委书记张三) goes on the person\'s WORKS_AT, or on a new one to the organisation right before.',
      run: (ctx, mentions, relations) => postsBeforeNames(mentions, relations, ctx.sentences, 'zh'),
    },
    {
      id: 'employers',
      doc: 'A department\'s post (骨科主任X) works at the organisation before it or the article\'s institution; 该公司总经理X at the company the article is about.',
      run: (ctx, mentions, relations) => postEmployers(ctx.text, mentions, relations, ctx.sentences),
    },
    {
      id: 'official-posts',
      doc: 'An official\'s post with no body before it (副市长X, 区委书记甲、区长乙): WORKS_AT the body the article names for it (镇政府, 区委), else the place.',
      run: (ctx, mentions, relations) => officialPosts(ctx.text, mentions, relations, ctx.sentences, ctx.published),
    },
    {
      id: 'zone-committees',
      doc: 'A zone\'s administrative committee (某新城管委会, 经开区管委会) is AFFILIATED_WITH the zone its name points at among the article\'s places.',
      run: (ctx, mentions, relations) => zoneCommittees(ctx.text, mentions, relations, ctx.sentences, ctx.published),
    },
    {
      id: 'bare-bodies',
      doc: 'A typed link to a body called by a bare word (学院, 党支部) goes to the one body the article names in full with that ending, else falls back to a co-mention.',
      run: (_ctx, mentions, relations) => withBareBodiesNamed(mentions, relations),
    },
  ];
  return [
    ...passes,
    {
      id: 'anaphors',
      doc: 'A sentence with a word for an organisation named before (该公司, 该集团, 该院) is read again by the passes above with that organisation standing there, and its links go to the organisation.',
      when: (ctx) => ctx.style !== 'finance',
      run: (ctx, mentions, relations) => withAnaphorLinks(ctx, mentions, relations, (narrowed, read) => runRelationPasses(passes, narrowed, read)),
    },
  ];
}

/** Last, what the names themselves state: a unit's parent, read from the start of its name (no other pass reads it). */
export const NESTED_PASSES: readonly NestedPass[] = [
  {
    id: 'named-parent',
    doc: 'A unit whose name starts with its parent\'s (某某大学附属医院, 某某经开区管委会) is PART_OF or AFFILIATED_WITH that parent, named by a nested mention.',
    run: (ctx, extraction) => withNamedParents(extraction, ctx.sentences),
  },
];
