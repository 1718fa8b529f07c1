import { useState, type MouseEvent } from 'react';
import type { EvtSelectEvent, EvtRegisteredEvent } from 'evt-widgets';
import { navigate, usePath } from './router';

function Link({ to, children }: { to: string; children: string }) {
  const onClick = (e: MouseEvent) => {
    e.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={onClick}>{children}</a>;
}

function EventsPage() {
  const [pageSize, setPageSize] = useState(6);
  const [chosen, setChosen] = useState<string | null>(null);
  // The list would put ?event= in the URL; this app routes itself: cancel, then navigate.
  const onSelect = (e: EvtSelectEvent) => {
    e.preventDefault();
    setChosen(e.detail.readableEventId);
    navigate(`/events/${encodeURIComponent(e.detail.readableEventId)}`);
  };
  return (
    <section>
      <h1>Upcoming events</h1>
      <label>
        Events per page{' '}
        <select id="page-size" value={pageSize} onChange={(e) => setPageSize(Number(e.target.value))}>
          {[3, 6, 12].map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
      <evt-list pageSize={pageSize} heading-level="2" onevt-select={onSelect}></evt-list>
      <p id="chosen">{chosen ? `Chosen: ${chosen}` : 'Nothing chosen yet'}</p>
    </section>
  );
}

function EventPage({ id }: { id: string }) {
  const [registered, setRegistered] = useState<string | null>(null);
  const onRegistered = (e: EvtRegisteredEvent) => {
    setRegistered(e.detail.attendees.map((a) => `${a.firstName} ${a.lastName}`).join(', '));
  };
  return (
    <section>
      <p><Link to="/">← All events</Link></p>
      <evt-detail eventId={id} headingLevel={1}></evt-detail>
      <evt-register eventId={id} headingLevel={2} onevt-registered={onRegistered}></evt-register>
      <p id="registered">{registered ? `Registered: ${registered}` : ''}</p>
    </section>
  );
}

export function App() {
  const path = usePath();
  const event = /^\/events\/([^/]+)$/.exec(path);
  return (
    <>
      <nav>
        <Link to="/">Events</Link> · <Link to="/about">About</Link>
      </nav>
      <main>
        {event ? <EventPage id={decodeURIComponent(event[1]!)} /> : path === '/about' ? <p id="about">About this example: no widgets on this page.</p> : <EventsPage />}
      </main>
    </>
  );
}
