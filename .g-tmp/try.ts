import { loadPack } from '../src/services/packs';
const r = await loadPack(process.argv[2]!);
console.log(JSON.stringify(r, (k, v) => (typeof v === 'string' && v.length > 60 ? v.slice(0, 60) + '…' : v), 1).slice(0, 3000));
