/**
 * Entry of index.html. The app's code is evaluated in stages, each in its own task —
 * React DOM, then the store and data layer (which paint a loading frame), then the
 * explorer — because evaluating all of it at once is one long main-thread task on a slow
 * machine (the budget is 50 ms per task, first load included).
 */
import './ui/styles.css';
import './ui/share/share.css';

/** Resolves in a new task: a chunk already fetched could otherwise be evaluated in the same one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

void import('react-dom/client')
  .then(nextTask)
  .then(() => import('./boot'))
  .then(({ boot }) => boot(document.getElementById('root')!));
