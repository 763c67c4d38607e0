/**
 * The knowledge layer of the store: entities merged across articles (events, people, offices, chairmanships,
 * topics, conflicts). The interface and its row types live with the engine in src/knowledge/api.ts.
 */
export type {
  ChairPeriodRow, ChairTimelineRow, ConflictRow, EventDetail, KnowledgeStore, OfficeHolderRow, OfficeRow, PersonDetail,
  PersonQuoteRow, PersonSummary, TimelineQuery, TimelineRow, TopicCountRow, TopicTagRow,
} from "../knowledge/api.ts";
