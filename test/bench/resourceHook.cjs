// Preloaded into a benchmarked process (node --require): at exit it writes the process's CPU time
// and peak resident memory to the file named by MARGINALIA_USAGE_OUT.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const u = process.resourceUsage();
  const out = process.env.MARGINALIA_USAGE_OUT;
  if (out) writeFileSync(out, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, peakMb: u.maxRSS / 1024 }));
});
