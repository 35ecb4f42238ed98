/**
 * Nouns too general to name a subject in news prose ("year", "official", "issue"). A topic may
 * still contain them inside a phrase ("human rights issue"), but never on their own.
 */
export const GENERIC_NOUNS = new Set(
  `year years time times day days week weeks month months today people person man men woman women way thing things
  part parts number lot end side sides group case point fact place area world country countries government official
  officials issue issues question questions matter matters relation relationship talk talks meeting meetings visit
  visits statement statements report reports news interview minister president secretary spokesman leader leaders
  head state states mr mrs ms percent per cent first last other others some many much more most lack kind sort
  sunday monday tuesday wednesday thursday friday saturday january february march april may june july august
  september october november december company firm market business deal plan plans move moves change changes
  level levels term terms hope hopes need needs view views sign signs result results effort efforts idea
  difference differences reason reasons problem problems situation show game games player players team club
  season week-end weekend evening morning night afternoon call calls account accounts source sources
  recent last next past new former same other such several few own possible further major main certain
  version hour hours half minute minutes director chief chairman counterpart counterparts agency ministry department party
  power powers interest interests community order orders line lines position positions claim claims door doors
  link links core date dates predecessor predecessors successor authority authorities aspect aspects area areas
  step steps stage role roles share
  trip trips journey journeys tour tours stay island islands city cities town towns region regions capital capitals
  province provinces nation nations continent economy economies village villages`.split(/\s+/),
);
