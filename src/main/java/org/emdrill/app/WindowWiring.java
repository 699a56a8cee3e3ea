package org.emdrill.app;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javafx.application.HostServices;
import javafx.scene.Node;
import javafx.stage.Window;
import java.time.ZoneId;
import org.emdrill.bank.AskLoader;
import org.emdrill.bank.LoopLoader;
import org.emdrill.bank.UserBanks;
import org.emdrill.practice.schedule.Sm2Scheduler;
import org.emdrill.practice.schedule.Sm2Settings;
import org.emdrill.practice.schedule.StudyDay;
import org.emdrill.settings.ChooserFolders;
import org.emdrill.settings.JsonColumnWidthStore;
import org.emdrill.store.DraftStore;
import org.emdrill.store.TypedAnswerReads;
import org.emdrill.store.AttemptRecorder;
import org.emdrill.store.InterviewRecorder;
import org.emdrill.store.PresetRepository;
import org.emdrill.store.SessionRepository;
import org.emdrill.store.StoryRepository;
import org.emdrill.ui.stories.StoriesView;
import org.emdrill.ui.stories.StoriesViewModel;
import org.emdrill.ui.mockinterview.InterviewDialogs;
import org.emdrill.ui.mockinterview.MockInterviewView;
import org.emdrill.ui.mockinterview.MockInterviewViewModel;
import org.emdrill.ui.progress.ProgressView;
import org.emdrill.ui.progress.StoriesCardModel;
import org.emdrill.ui.progress.ProgressViewModel;
import org.emdrill.ui.progress.DeliveryMeasuring;
import org.emdrill.ui.progress.DeliveryTrendModel;
import org.emdrill.store.DeliveryTrendQueries;
import org.emdrill.store.recording.PendingFigures;
import org.emdrill.store.ScheduleRepository;
import org.emdrill.insights.SpacedPractice;
import org.emdrill.insights.WeakestDimension;
import org.emdrill.store.ScoreStatistics;
import org.emdrill.store.ProgressQueries;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.banks.BanksView;
import org.emdrill.ui.banks.BanksViewModel;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.DialogService;
import org.emdrill.ui.common.FxDialogService;
import org.emdrill.ui.common.SpokenAudio;
import org.emdrill.ui.common.TextScale;
import org.emdrill.ui.history.HistoryServices;
import org.emdrill.ui.history.HistoryView;
import org.emdrill.ui.history.HistoryViewModel;
import org.emdrill.ui.settings.DataFolderModel;
import org.emdrill.ui.common.DesktopActions;
import org.emdrill.ui.settings.PreferencesModel;
import org.emdrill.ui.settings.MicrophoneModel;
import org.emdrill.audio.InputDevices;
import org.emdrill.audio.MicrophoneSource;
import org.emdrill.audio.playback.SoundPlayback;
import org.emdrill.ui.common.HostServicesDesktopActions;
import org.emdrill.ui.settings.SettingsView;
import org.emdrill.ui.settings.SettingsViewModel;
import org.emdrill.ui.practice.PracticeView;
import org.emdrill.ui.practice.PracticeViewModel;
import org.emdrill.ui.onboarding.OnboardingView;
import org.emdrill.ui.onboarding.OnboardingViewModel;
import org.emdrill.ui.shell.MainWindow;
import org.emdrill.ui.shell.Screen;

/** Builds the window's screens from the context: the one place where views meet services. */
public final class WindowWiring {

    private final AppState state;
    private final BackgroundRunner runner;
    private final MainWindow mainWindow;
    private final DialogService dialogs;

    /** The app's window: spoken answers record from the input chosen in Settings, as it is at each answer. */
    public WindowWiring(AppContext context, HostServices hostServices) {
        this(context, hostServices, state -> SpokenAudio.system(
                org.emdrill.store.recording.RecordingFolder.besideDatabase(context.paths().database()).path(),
                () -> state.settings().microphone().device()));
    }

    /**
     * @param audio how spoken answers are recorded and played back: synthesised audio and a fake
     *              playback in tests
     */
    public WindowWiring(AppContext context, HostServices hostServices, SpokenAudio audio) {
        this(context, hostServices, state -> audio);
    }

    private WindowWiring(AppContext context, HostServices hostServices,
                         java.util.function.Function<AppState, SpokenAudio> audioFor) {
        this.state = new AppState(context.library(), context.rubric(), context.settings());
        SpokenAudio audio = audioFor.apply(state);
        state.notices().setAll(context.startupNotices());
        state.cannotSaveProperty().set(context.cannotSave());
        this.runner = new BackgroundRunner(context.worker());
        // Without host services (tests that start the window alone) there is no file manager to ask.
        DesktopActions desktop = hostServices == null ? folder -> { } : new HostServicesDesktopActions(hostServices);
        this.dialogs = new FxDialogService(this::ownerWindow, ChooserFolders.forCurrentUser(), desktop);
        Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);
        StudyDay day = StudyDay.in(ZoneId.systemDefault());
        AttemptRecorder recorder = new AttemptRecorder(context.database(),
                new Sm2Scheduler(Sm2Settings.defaults(), day, context.clock()), context.clock());
        // Both answering screens' view models exist from the start, so an unfinished answer or interview
        // is offered (and autosaved on focus loss) whichever screen opens first; their views are built
        // on first visit.
        PracticeViewModel practice = new PracticeViewModel(state, recorder,
                DraftStore.practice(context.paths().drafts(), context.clock()), spacedPractice(context, day),
                new StoryRepository(context.database())::all, runner, context.ticker(), context.clock(), new Random(), audio);
        SessionRepository sessions = new SessionRepository(context.database(), context.clock());
        MockInterviewViewModel interview = new MockInterviewViewModel(state, runner, sessions, new PresetRepository(context.database()),
                new InterviewRecorder(sessions, new ScheduleRepository(context.database()), recorder,
                        () -> weakestDimension(context).now().practiseOrder()),
                DraftStore.mockInterview(context.paths().drafts(), context.clock()), context.ticker(), context.clock(),
                new Random(), audio);
        interview.story().use(new StoryRepository(context.database())::all); // read on the worker, as in Practice
        // The interview loops are small bundled files; read them off the FX thread and offer them as presets.
        // A loop question missing from the banks is skipped when the loop starts, with a note.
        runner.run(() -> new LoopLoader().load((java.util.Set<String>) null).loops(), interview::useLoops,
                error -> System.getLogger(WindowWiring.class.getName()).log(System.Logger.Level.WARNING,
                        "interview loops not read: " + error.getMessage()));
        runner.run(() -> new AskLoader().load(), read -> {
            if (read.isValid()) {
                interview.ask().use(read.value());
            } else {
                interview.ask().unavailable(read.problems().get(0).toString());
            }
        }, error -> interview.ask().unavailable(error.getMessage()));
        screens.put(Screen.PRACTICE, () -> new PracticeView(practice));
        screens.put(Screen.MOCK_INTERVIEW, () -> new MockInterviewView(interview, InterviewDialogs.through(dialogs)));
        screens.put(Screen.HISTORY, () -> new HistoryView(new HistoryViewModel(
                HistoryServices.over(context.database(), context.clock()).with(audio.listening()), runner, state, context.clock(),
                new JsonColumnWidthStore(context.paths().dataDir().resolve("history-columns.json")), dialogs)));
        // Progress statistics over a long history take a moment: start them now, in the background, so
        // the screen draws at once when opened. They follow new attempts by themselves.
        ProgressViewModel progress = new ProgressViewModel(state, runner, new TypedAnswerReads(context.database()),
                new ProgressQueries(context.database()), context.clock(), ZoneId.systemDefault());
        progress.refresh();
        DeliveryTrendModel delivery = new DeliveryTrendModel(state, runner, new DeliveryTrendQueries(context.database()),
                context.clock(), ZoneId.systemDefault(), new DeliveryMeasuring(new BackgroundRunner(LowPriority.executor(
                        "emdrill-measuring")), PendingFigures.besideDatabase(context.database(), context.clock())));
        StoryRepository storyRepository = new StoryRepository(context.database());
        StoriesCardModel storiesCard = new StoriesCardModel(state, runner, storyRepository::all, storyRepository::tellings);
        screens.put(Screen.PROGRESS, () -> new ProgressView(progress, delivery, storiesCard, practice.todaysPlan()));
        screens.put(Screen.BANKS, () -> new BanksView(new BanksViewModel(state, runner,
                new UserBanks(context.paths().dataDir(), context.paths().userBanks()), dialogs)));
        StoriesViewModel stories = new StoriesViewModel(state, new StoryRepository(context.database()), runner,
                context.clock());
        screens.put(Screen.STORIES, () -> new StoriesView(stories));
        screens.put(Screen.SETTINGS, () -> new SettingsView(new SettingsViewModel(state, runner, context.backups(),
                context.paths().dataDir(), dialogs), new PreferencesModel(state), new DataFolderModel(runner,
                context.paths().dataDir(), new AppDataFolderMover(context.paths().dataDir(), context.database())),
                new MicrophoneModel(state, runner, javafx.application.Platform::runLater, new MicrophoneModel.Devices(
                        InputDevices::names, choice -> new MicrophoneSource(choice.device()), SoundPlayback::new,
                        java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), context.ticker()::nanos))));
        this.mainWindow = new MainWindow(state, screens, List.of(practice, interview, stories));
        String dataFolder = context.paths().dataDir().toString();
        mainWindow.setWelcome(close -> new OnboardingView(new OnboardingViewModel(state, dataFolder, close)));
        Runnable textScale = () -> mainWindow.applyTextScale(TextScale.effective(state.settings().preferences().textScale(),
                System.getProperty(TextScale.PROPERTY), javafx.scene.text.Font.getDefault().getSize(),
                System.getProperty("os.name", "")));
        state.settingsProperty().addListener((obs, was, is) -> textScale.run());
        textScale.run();
    }

    /** On the first run only: the welcome guide instead of the first screen. */
    public void offerWelcomeOnFirstRun() {
        if (!state.settings().preferences().welcomeSeen()) {
            mainWindow.showWelcome();
        }
    }

    /** The main window once it is shown; dialogs are owned by it and take its stylesheets. */
    private Window ownerWindow() {
        return mainWindow == null || mainWindow.getScene() == null ? null : mainWindow.getScene().getWindow();
    }

    /** The app's one dialog service, for screens that ask the user something. */
    public DialogService dialogs() {
        return dialogs;
    }

    private static SpacedPractice spacedPractice(AppContext context, StudyDay day) {
        return new SpacedPractice(new ScheduleRepository(context.database()), weakestDimension(context), day,
                context.clock());
    }

    private static WeakestDimension weakestDimension(AppContext context) {
        return new WeakestDimension(new ScoreStatistics(context.database()));
    }

    public AppState state() {
        return state;
    }

    public BackgroundRunner runner() {
        return runner;
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }
}
