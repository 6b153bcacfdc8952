/**
 * Filler prose for the synthetic corpus, in English and Chinese. It reads like an engineering note but
 * states nothing about any real system, and carries no numbers, so the content checker's
 * "measured number without a citation" warning never fires on it.
 */
import type { Rng } from './random';

const subjects = [
  'The scheduler', 'Each worker', 'The gateway', 'A background task', 'The connection pool', 'The codec',
  'Every request', 'The cache layer', 'The control loop', 'The service', 'The load balancer', 'The client',
  'The event loop', 'The write path', 'The read path', 'The retry policy', 'The health checker', 'The registry',
];
const verbs = [
  'batches', 'retries', 'forwards', 'buffers', 'drains', 'validates', 'serialises', 'tracks', 'recycles',
  'compresses', 'schedules', 'observes', 'rejects', 'coalesces', 'shards', 'replays', 'throttles', 'annotates',
];
const objects = [
  'incoming frames', 'pending writes', 'idle connections', 'request metadata', 'small allocations',
  'stale entries', 'slow callers', 'queued messages', 'goroutine stacks', 'trace spans', 'lease renewals',
  'partial responses', 'routing tables', 'config snapshots', 'buffered logs', 'heap objects',
];
const clauses = [
  'before the deadline expires', 'when the queue grows', 'under sustained load', 'across goroutines',
  'without blocking the caller', 'once the context is cancelled', 'after a configuration change',
  'while the garbage collector runs', 'during a rolling restart', 'at the edge of the cluster',
  'inside a single process', 'behind a feature flag', 'for every tenant', 'with a bounded channel',
];

/** One English sentence of about eleven words. */
export function sentence(r: Rng): string {
  return `${r.pick(subjects)} ${r.pick(verbs)} ${r.pick(objects)} ${r.pick(clauses)}.`;
}

/** `count` sentences joined into one paragraph. */
export function paragraph(r: Rng, count: number): string {
  return Array.from({ length: count }, () => sentence(r)).join(' ');
}

const zhPhrases = [
  '调度器会在截止时间之前合并请求', '每个工作协程只处理自己的队列', '网关在高负载下拒绝过慢的调用方',
  '连接池回收空闲连接以减少内存占用', '编解码器复用缓冲区来降低分配次数', '缓存层在配置变更后重新加载快照',
  '控制循环观察队列长度并调整并发', '事件循环把就绪的连接交给工作协程', '写路径先把日志写入有界通道',
  '重试策略只在幂等请求上生效', '健康检查会把异常实例移出路由表', '注册中心在租约到期前续租',
  '上下文取消后所有下游调用都会停止', '垃圾回收运行时服务仍然保持响应', '滚动重启期间请求被平滑转移',
];

/** A Chinese paragraph of `count` clauses. */
export function zhParagraph(r: Rng, count: number): string {
  const parts = Array.from({ length: count }, () => r.pick(zhPhrases));
  return parts.map((p, i) => p + (i === parts.length - 1 ? '。' : i % 3 === 2 ? '；' : '，')).join('');
}

/** A short phrase used in titles, e.g. "adaptive gateway". */
export function topic(r: Rng): string {
  const adjectives = ['adaptive', 'batched', 'lock-free', 'sharded', 'streaming', 'bounded', 'lazy', 'pooled', 'tiered', 'elastic'];
  const nouns = ['gateway', 'scheduler', 'cache', 'codec', 'registry', 'router', 'queue', 'allocator', 'poller', 'limiter'];
  return `${r.pick(adjectives)} ${r.pick(nouns)}`;
}

/** Chinese name of a topic word pair, for translated titles. */
export function zhTopic(r: Rng): string {
  const words = ['自适应网关', '批处理调度器', '无锁缓存', '分片编解码器', '流式注册中心', '有界队列', '池化分配器', '分层限流器'];
  return r.pick(words);
}
